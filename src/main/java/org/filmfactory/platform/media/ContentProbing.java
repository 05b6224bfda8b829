package org.filmfactory.platform.media;

import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_unref;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_alloc_context3;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_find_decoder;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_free_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_get_name;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_open2;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_parameters_to_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_receive_frame;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_send_packet;
import static org.bytedeco.ffmpeg.global.avformat.AVFMT_NOFILE;
import static org.bytedeco.ffmpeg.global.avformat.AVPROBE_PADDING_SIZE;
import static org.bytedeco.ffmpeg.global.avformat.AVPROBE_SCORE_RETRY;
import static org.bytedeco.ffmpeg.global.avformat.AV_DISPOSITION_ATTACHED_PIC;
import static org.bytedeco.ffmpeg.global.avformat.av_probe_input_format3;
import static org.bytedeco.ffmpeg.global.avformat.av_read_frame;
import static org.bytedeco.ffmpeg.global.avformat.avformat_alloc_context;
import static org.bytedeco.ffmpeg.global.avformat.avformat_close_input;
import static org.bytedeco.ffmpeg.global.avformat.avformat_find_stream_info;
import static org.bytedeco.ffmpeg.global.avformat.avformat_open_input;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EAGAIN;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EOF;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_AUDIO;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_VIDEO;
import static org.bytedeco.ffmpeg.global.avutil.AV_NOPTS_VALUE;
import static org.bytedeco.ffmpeg.global.avutil.AV_TIME_BASE;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_free;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_set;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;
import static org.bytedeco.ffmpeg.global.avutil.av_make_error_string;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVInputFormat;
import org.bytedeco.ffmpeg.avformat.AVProbeData;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.IntPointer;
import org.filmfactory.platform.MediaInfo;
import org.filmfactory.platform.MediaRefused;
import org.jspecify.annotations.Nullable;

/**
 * Videos and sounds for {@link org.filmfactory.platform.DecodingMediaProbe}, with FFmpeg's C API rather than JavaCV's
 * grabber: the grabber ends quietly at the first read error, which is exactly what a truncated file looks like.
 *
 * <p>Order of checks, each before anything is handed to the next native step: the container is recognised from the
 * first bytes alone (no file name hint, {@code av_probe_input_format3}) and must be one of {@link #CONTAINERS} (an
 * HLS playlist or concat list would make FFmpeg open other files); only the {@code file} protocol is allowed; picture
 * sizes are checked against {@link #MAX_SIDE} before a decoder opens; then every packet of the chosen video and audio
 * stream is decoded to the end. A read error before the end, a packet the decoder rejects, a frame it marks corrupt,
 * or fewer frames than the container's index lists makes the file {@code media.refused.corrupt}.
 */
public final class ContentProbing {

    /** FFmpeg demuxer names (as {@code AVInputFormat.name} spells them) the studio accepts. */
    static final Set<String> CONTAINERS = Set.of("mov,mp4,m4a,3gp,3g2,mj2", "matroska,webm", "avi", "mpegts", "wav",
            "mp3", "ogg", "flac", "aac", "webp_pipe", "png_pipe", "jpeg_pipe", "gif", "bmp_pipe");

    static final int MAX_SIDE = 16_384;

    private static final int PROBE_BYTES = 1 << 20;

    /** {@code AV_FRAME_FLAG_CORRUPT} of libavutil/frame.h; the preset does not map this macro. */
    private static final int AV_FRAME_FLAG_CORRUPT = 1;

    private ContentProbing() {
    }

    /**
     * @throws MediaRefused {@code unknown-type} when FFmpeg does not recognise the content as media the studio
     *     reads, {@code corrupt} when it does but the file does not decode whole
     */
    public static MediaInfo probe(Path file) throws IOException {
        FfmpegNatives.load();
        var format = recognise(file);
        var context = avformat_alloc_context();
        AVDictionary options = new AVDictionary(null);
        av_dict_set(options, "protocol_whitelist", "file", 0);
        try (var path = new BytePointer(file.toAbsolutePath().toString(), "UTF-8")) {
            var opened = avformat_open_input(context, path, format, options);
            if (opened < 0) {
                // avformat_open_input frees the context on failure
                throw corrupt(error(opened));
            }
            try {
                return probeOpened(context);
            } finally {
                avformat_close_input(context);
            }
        } finally {
            av_dict_free(options);
        }
    }

    private static AVInputFormat recognise(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(PROBE_BYTES);
        }
        try (var buffer = new BytePointer((long) head.length + AVPROBE_PADDING_SIZE);
                var data = new AVProbeData();
                var name = new BytePointer("");
                var score = new IntPointer(1)) {
            buffer.fill(0);
            buffer.put(head, 0, head.length);
            data.buf(buffer).buf_size(head.length).filename(name);
            score.put(0);
            var format = av_probe_input_format3(data, 1, score);
            if (format == null || score.get() < AVPROBE_SCORE_RETRY
                    || !CONTAINERS.contains(format.name().getString())
                    || (format.flags() & AVFMT_NOFILE) != 0) {
                throw new MediaRefused("media.refused.unknown-type");
            }
            return format;
        }
    }

    private static MediaInfo probeOpened(AVFormatContext context) {
        var found = avformat_find_stream_info(context, (org.bytedeco.javacpp.PointerPointer<?>) null);
        if (found < 0) {
            throw corrupt(error(found));
        }
        var video = pick(context, AVMEDIA_TYPE_VIDEO);
        var audio = pick(context, AVMEDIA_TYPE_AUDIO);
        if (video == null && audio == null) {
            throw new MediaRefused("media.refused.unknown-type");
        }
        var formatName = context.iformat().name().getString();
        if (video != null) {
            var width = video.codecpar().width();
            var height = video.codecpar().height();
            if (width <= 0 || height <= 0) {
                throw corrupt("the picture has no size");
            }
            if (width > MAX_SIDE || height > MAX_SIDE) {
                throw new MediaRefused("media.refused.picture-too-large", width, height, MAX_SIDE);
            }
        }
        var decoded = decodeAll(context, video, audio);
        var videoCodec = video == null ? null : codecName(video);
        var audioCodec = audio == null ? null : codecName(audio);
        if (video != null && formatName.endsWith("_pipe") || "gif".equals(formatName)) {
            return new MediaInfo(MediaInfo.Kind.IMAGE, imageType(formatName), null, null,
                    video.codecpar().width(), video.codecpar().height(), 0, 1, Duration.ZERO);
        }
        if (video != null) {
            var declared = video.nb_frames();
            if (declared > 0 && decoded.videoFrames() < declared) {
                throw corrupt("only " + decoded.videoFrames() + " of " + declared + " frames decode");
            }
            if (decoded.videoFrames() == 0) {
                throw corrupt("no frame decodes");
            }
            return new MediaInfo(MediaInfo.Kind.VIDEO, contentType(formatName, true, videoCodec), videoCodec,
                    audioCodec, video.codecpar().width(), video.codecpar().height(), frameRate(video),
                    decoded.videoFrames(), duration(context, video));
        }
        if (decoded.audioFrames() == 0) {
            throw corrupt("no sound decodes");
        }
        return new MediaInfo(MediaInfo.Kind.AUDIO, contentType(formatName, false, audioCodec), null, audioCodec, 0,
                0, 0, 0, duration(context, audio));
    }

    private static @Nullable AVStream pick(AVFormatContext context, int mediaType) {
        AVStream best = null;
        for (var i = 0; i < context.nb_streams(); i++) {
            var stream = context.streams(i);
            if (stream.codecpar().codec_type() != mediaType
                    || (stream.disposition() & AV_DISPOSITION_ATTACHED_PIC) != 0) {
                continue;
            }
            if (best == null) {
                best = stream;
            }
        }
        return best;
    }

    private record Decoded(long videoFrames, long audioFrames) {
    }

    private static Decoded decodeAll(AVFormatContext context, @Nullable AVStream video, @Nullable AVStream audio) {
        var videoDecoder = video == null ? null : openDecoder(video);
        AVCodecContext audioDecoder = null;
        var packet = av_packet_alloc();
        var frame = av_frame_alloc();
        try {
            audioDecoder = audio == null ? null : openDecoder(audio);
            var counts = new long[2];
            int read;
            while ((read = av_read_frame(context, packet)) >= 0) {
                try {
                    if (video != null && packet.stream_index() == video.index()) {
                        counts[0] += feed(videoDecoder, packet, frame);
                    } else if (audio != null && packet.stream_index() == audio.index()) {
                        counts[1] += feed(audioDecoder, packet, frame);
                    }
                } finally {
                    av_packet_unref(packet);
                }
            }
            if (read != AVERROR_EOF) {
                throw corrupt(error(read));
            }
            if (videoDecoder != null) {
                counts[0] += feed(videoDecoder, null, frame);
            }
            if (audioDecoder != null) {
                counts[1] += feed(audioDecoder, null, frame);
            }
            return new Decoded(counts[0], counts[1]);
        } finally {
            av_frame_free(frame);
            av_packet_free(packet);
            if (videoDecoder != null) {
                avcodec_free_context(videoDecoder);
            }
            if (audioDecoder != null) {
                avcodec_free_context(audioDecoder);
            }
        }
    }

    private static AVCodecContext openDecoder(AVStream stream) {
        var codec = avcodec_find_decoder(stream.codecpar().codec_id());
        if (codec == null) {
            throw new MediaRefused("media.refused.unknown-type");
        }
        var decoder = avcodec_alloc_context3(codec);
        var result = avcodec_parameters_to_context(decoder, stream.codecpar());
        if (result >= 0) {
            decoder.pkt_timebase(stream.time_base());
            result = avcodec_open2(decoder, codec, (AVDictionary) null);
        }
        if (result < 0) {
            avcodec_free_context(decoder);
            throw corrupt(error(result));
        }
        return decoder;
    }

    /** Sends one packet (null: flush) and counts the frames that come out whole. */
    private static long feed(@Nullable AVCodecContext decoder, org.bytedeco.ffmpeg.avcodec.@Nullable AVPacket packet,
            org.bytedeco.ffmpeg.avutil.AVFrame frame) {
        var sent = avcodec_send_packet(decoder, packet);
        if (sent < 0 && sent != AVERROR_EOF) {
            throw corrupt(error(sent));
        }
        long frames = 0;
        while (true) {
            var received = avcodec_receive_frame(decoder, frame);
            if (received == AVERROR_EAGAIN() || received == AVERROR_EOF) {
                return frames;
            }
            if (received < 0) {
                throw corrupt(error(received));
            }
            if ((frame.flags() & AV_FRAME_FLAG_CORRUPT) != 0 || frame.decode_error_flags() != 0) {
                throw corrupt("a damaged frame");
            }
            frames++;
        }
    }

    private static double frameRate(AVStream stream) {
        AVRational rate = stream.avg_frame_rate().num() > 0 ? stream.avg_frame_rate() : stream.r_frame_rate();
        return rate.den() == 0 ? 0 : (double) rate.num() / rate.den();
    }

    private static Duration duration(AVFormatContext context, AVStream stream) {
        if (stream.duration() != AV_NOPTS_VALUE && stream.duration() > 0) {
            var nanos = BigInteger.valueOf(stream.duration()).multiply(BigInteger.valueOf(1_000_000_000L))
                    .multiply(BigInteger.valueOf(stream.time_base().num()))
                    .divide(BigInteger.valueOf(stream.time_base().den()));
            return Duration.ofNanos(nanos.longValueExact());
        }
        if (context.duration() != AV_NOPTS_VALUE && context.duration() > 0) {
            return Duration.ofNanos(context.duration() * (1_000_000_000L / AV_TIME_BASE));
        }
        return Duration.ZERO;
    }

    private static String codecName(AVStream stream) {
        return avcodec_get_name(stream.codecpar().codec_id()).getString();
    }

    private static String imageType(String formatName) {
        return switch (formatName) {
            case "webp_pipe" -> "image/webp";
            case "png_pipe" -> "image/png";
            case "jpeg_pipe" -> "image/jpeg";
            case "gif" -> "image/gif";
            default -> "image/bmp";
        };
    }

    private static String contentType(String formatName, boolean video, @Nullable String codec) {
        return switch (formatName) {
            case "mov,mp4,m4a,3gp,3g2,mj2" -> video ? "video/mp4" : "audio/mp4";
            case "matroska,webm" -> Set.of("vp8", "vp9", "av1", "opus", "vorbis").contains(codec)
                    ? (video ? "video/webm" : "audio/webm")
                    : (video ? "video/x-matroska" : "audio/x-matroska");
            case "avi" -> "video/x-msvideo";
            case "mpegts" -> "video/mp2t";
            case "wav" -> "audio/wav";
            case "mp3" -> "audio/mpeg";
            case "ogg" -> video ? "video/ogg" : "audio/ogg";
            case "flac" -> "audio/flac";
            case "aac" -> "audio/aac";
            default -> "application/octet-stream";
        };
    }

    private static MediaRefused corrupt(String detail) {
        return new MediaRefused("media.refused.corrupt", detail);
    }

    private static String error(int code) {
        try (var text = new BytePointer(256)) {
            av_make_error_string(text, 256, code);
            return text.getString();
        }
    }
}
