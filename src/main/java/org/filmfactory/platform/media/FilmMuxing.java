package org.filmfactory.platform.media;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_AAC;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_rescale_ts;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_unref;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_parameters_copy;
import static org.bytedeco.ffmpeg.global.avformat.AVIO_FLAG_WRITE;
import static org.bytedeco.ffmpeg.global.avformat.av_interleaved_write_frame;
import static org.bytedeco.ffmpeg.global.avformat.av_read_frame;
import static org.bytedeco.ffmpeg.global.avformat.av_write_trailer;
import static org.bytedeco.ffmpeg.global.avformat.avformat_alloc_output_context2;
import static org.bytedeco.ffmpeg.global.avformat.avformat_close_input;
import static org.bytedeco.ffmpeg.global.avformat.avformat_find_stream_info;
import static org.bytedeco.ffmpeg.global.avformat.avformat_free_context;
import static org.bytedeco.ffmpeg.global.avformat.avformat_new_stream;
import static org.bytedeco.ffmpeg.global.avformat.avformat_open_input;
import static org.bytedeco.ffmpeg.global.avformat.avformat_write_header;
import static org.bytedeco.ffmpeg.global.avformat.avio_closep;
import static org.bytedeco.ffmpeg.global.avformat.avio_open;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_AUDIO;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_VIDEO;
import static org.bytedeco.ffmpeg.global.avutil.AV_NOPTS_VALUE;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_free;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_set;
import static org.bytedeco.ffmpeg.global.avutil.av_q2d;
import static org.bytedeco.ffmpeg.global.avutil.av_strerror;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.ShortBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVIOContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.jspecify.annotations.Nullable;

/**
 * The work behind {@link org.filmfactory.platform.FilmAssembly}: joining video-only H.264 segments by packet copy
 * (each segment's timestamps shifted by the length of the ones before it, no re-encoding), encoding a WAV to AAC-LC
 * once, and muxing the two into an MP4 with the index first. Written against libavformat directly: JavaCV's recorder
 * cannot copy one stream while encoding another. Segments carrying AAC would break at the joins (STACK-NOTES), so the
 * sound is never segmented.
 */
public final class FilmMuxing {

    private FilmMuxing() {
    }

    /** What a mux wrote: video frames (packets) and the length of the video track in seconds. */
    public record Muxed(long videoFrames, double videoSeconds, int width, int height) {
    }

    /**
     * Joins the segments' video streams, in order, into {@code target} (video only). All segments must come from the
     * same encoder settings (same SPS/PPS), each starting on an IDR frame.
     */
    public static Muxed join(List<Path> segments, Path target) throws IOException {
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("nothing to join");
        }
        FfmpegNatives.load();
        return write(segments, null, target, false);
    }

    /**
     * Writes {@code video}'s picture (copied) and {@code audio}'s sound (copied) into {@code target} with
     * {@code +faststart}.
     */
    public static Muxed mux(Path video, Path audio, Path target) throws IOException {
        FfmpegNatives.load();
        return write(List.of(video), audio, target, true);
    }

    /**
     * Encodes a 16-bit PCM WAV to AAC-LC 48 kHz stereo at {@code kbps} into an MP4 ({@code .m4a}) at {@code target},
     * exactly {@code samples} samples long at 48 kHz (cut, or padded with silence).
     */
    public static void encodeAac(Path wav, long samples, int kbps, Path target) throws IOException {
        FfmpegNatives.load();
        AudioFormat format;
        try (var in = AudioSystem.getAudioInputStream(new BufferedInputStream(Files.newInputStream(wav)))) {
            format = in.getFormat();
            if (format.getEncoding() != AudioFormat.Encoding.PCM_SIGNED || format.getSampleSizeInBits() != 16
                    || format.getChannels() < 1 || format.getChannels() > 2) {
                throw new IOException(wav.getFileName() + " is not 16-bit PCM mono or stereo: " + format);
            }
            var rate = Math.round(format.getSampleRate());
            var channels = format.getChannels();
            var wanted = Math.round(samples * (double) rate / 48_000);
            var recorder = new FFmpegFrameRecorder(target.toFile(), channels == 1 ? 1 : 2);
            try {
                recorder.setFormat("mp4");
                recorder.setAudioCodec(AV_CODEC_ID_AAC);
                recorder.setAudioChannels(2);
                recorder.setSampleRate(48_000);
                recorder.setAudioBitrate(kbps * 1000);
                recorder.setSampleFormat(org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_FLTP);
                recorder.start();
                writeSamples(in, format, channels, rate, wanted, recorder);
                recorder.stop();
            } finally {
                recorder.release();
            }
        } catch (UnsupportedAudioFileException e) {
            throw new IOException(wav.getFileName() + " is not a WAV file", e);
        } catch (FFmpegFrameRecorder.Exception e) {
            throw new IOException("encoding the sound failed: " + e.getMessage(), e);
        }
    }

    private static void writeSamples(InputStream in, AudioFormat format, int channels, int rate, long wanted,
            FFmpegFrameRecorder recorder) throws IOException {
        var chunkSamples = 4096;
        var bytes = new byte[chunkSamples * channels * 2];
        var order = format.isBigEndian() ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        var shorts = ShortBuffer.allocate(chunkSamples * channels);
        var written = 0L;
        var ended = false;
        while (written < wanted) {
            var count = (int) Math.min(chunkSamples, wanted - written);
            var length = count * channels * 2;
            var read = 0;
            while (!ended && read < length) {
                var n = in.read(bytes, read, length - read);
                if (n < 0) {
                    ended = true;
                } else {
                    read += n;
                }
            }
            // past the WAV's end: silence, so the sound is exactly the film's length
            java.util.Arrays.fill(bytes, read, length, (byte) 0);
            shorts.clear();
            ByteBuffer.wrap(bytes, 0, length).order(order).asShortBuffer().get(shorts.array(), 0, count * channels);
            shorts.limit(count * channels);
            try {
                recorder.recordSamples(rate, channels, shorts);
            } catch (FFmpegFrameRecorder.Exception e) {
                throw new IOException("encoding the sound failed: " + e.getMessage(), e);
            }
            written += count;
        }
    }

    private static Muxed write(List<Path> videoParts, @Nullable Path audio, Path target, boolean faststart)
            throws IOException {
        var out = new AVFormatContext(null);
        check(avformat_alloc_output_context2(out, null, "mp4", target.toString()), "mp4 output");
        var packet = av_packet_alloc();
        var inputs = new ArrayList<AVFormatContext>();
        AVDictionary options = null;
        try {
            var video = open(videoParts.getFirst(), AVMEDIA_TYPE_VIDEO);
            inputs.add(video.context());
            var videoOut = copyStream(out, video.stream());
            Source sound = null;
            AVStream audioOut = null;
            if (audio != null) {
                sound = open(audio, AVMEDIA_TYPE_AUDIO);
                inputs.add(sound.context());
                audioOut = copyStream(out, sound.stream());
            }
            var pb = new AVIOContext(null);
            check(avio_open(pb, target.toString(), AVIO_FLAG_WRITE), "opening " + target.getFileName());
            out.pb(pb);
            options = new AVDictionary(null);
            if (faststart) {
                av_dict_set(options, "movflags", "+faststart", 0);
            }
            check(avformat_write_header(out, options), "writing the header");

            var videoTimeBase = videoOut.time_base();
            var frames = 0L;
            var videoEnd = 0L;
            var offset = 0L;
            var part = 0;
            var current = video;
            var pendingVideo = read(current, packet);
            var audioPacket = av_packet_alloc();
            var pendingAudio = sound != null && read(sound, audioPacket);
            var partEnd = Long.MIN_VALUE;
            var partStart = Long.MAX_VALUE;
            try {
                while (true) {
                    if (!pendingVideo && part + 1 < videoParts.size()) {
                        // next segment: shifted by the length of everything before it
                        offset += partEnd - partStart;
                        partEnd = Long.MIN_VALUE;
                        partStart = Long.MAX_VALUE;
                        part++;
                        inputs.remove(current.context());
                        avformat_close_input(current.context());
                        current = open(videoParts.get(part), AVMEDIA_TYPE_VIDEO);
                        inputs.add(current.context());
                        pendingVideo = read(current, packet);
                        continue;
                    }
                    if (!pendingVideo && !pendingAudio) {
                        break;
                    }
                    var takeVideo = pendingVideo && (!pendingAudio
                            || seconds(packet, current.stream().time_base(), offset) <= seconds(audioPacket,
                                    sound.stream().time_base(), 0));
                    if (takeVideo) {
                        // constant frame rate: every picture lasts one frame. A segment without B-frames (a very
                        // short one) has no decoding delay, so the demuxer stretches the packet before it to fill
                        // the gap in decoding times; left so, the film would end a few frames late
                        packet.duration(frameTicks(current.stream()));
                        var pts = packet.pts() == AV_NOPTS_VALUE ? packet.dts() : packet.pts();
                        partStart = Math.min(partStart, pts);
                        partEnd = Math.max(partEnd, pts + packet.duration());
                        shift(packet, offset);
                        av_packet_rescale_ts(packet, current.stream().time_base(), videoTimeBase);
                        var end = packet.pts() + packet.duration();
                        videoEnd = Math.max(videoEnd, end);
                        packet.stream_index(videoOut.index());
                        packet.pos(-1);
                        check(av_interleaved_write_frame(out, packet), "writing the picture");
                        frames++;
                        pendingVideo = read(current, packet);
                    } else {
                        av_packet_rescale_ts(audioPacket, sound.stream().time_base(), audioOut.time_base());
                        audioPacket.stream_index(audioOut.index());
                        audioPacket.pos(-1);
                        check(av_interleaved_write_frame(out, audioPacket), "writing the sound");
                        pendingAudio = read(sound, audioPacket);
                    }
                }
            } finally {
                av_packet_free(audioPacket);
            }
            check(av_write_trailer(out), "finishing " + target.getFileName());
            var par = videoOut.codecpar();
            return new Muxed(frames, videoEnd * av_q2d(videoTimeBase), par.width(), par.height());
        } finally {
            av_packet_free(packet);
            for (var input : inputs) {
                avformat_close_input(input);
            }
            if (options != null) {
                av_dict_free(options);
            }
            if (out.pb() != null) {
                avio_closep(out.pb());
            }
            avformat_free_context(out);
        }
    }

    private static long frameTicks(AVStream stream) {
        var rate = stream.avg_frame_rate().num() > 0 ? stream.avg_frame_rate() : stream.r_frame_rate();
        var timeBase = stream.time_base();
        return Math.round((double) timeBase.den() * rate.den() / ((double) timeBase.num() * rate.num()));
    }

    private static void shift(AVPacket packet, long offset) {
        if (packet.pts() != AV_NOPTS_VALUE) {
            packet.pts(packet.pts() + offset);
        }
        if (packet.dts() != AV_NOPTS_VALUE) {
            packet.dts(packet.dts() + offset);
        }
    }

    private static double seconds(AVPacket packet, AVRational timeBase, long offset) {
        var dts = packet.dts() != AV_NOPTS_VALUE ? packet.dts() : packet.pts();
        return (dts + offset) * av_q2d(timeBase);
    }

    /** Reads the next packet of the source's stream into {@code packet}; false at the end. */
    private static boolean read(Source source, AVPacket packet) throws IOException {
        while (true) {
            av_packet_unref(packet);
            var result = av_read_frame(source.context(), packet);
            if (result < 0) {
                return false;
            }
            if (packet.stream_index() == source.stream().index()) {
                return true;
            }
        }
    }

    private static AVStream copyStream(AVFormatContext out, AVStream in) throws IOException {
        var stream = avformat_new_stream(out, null);
        if (stream == null) {
            throw new IOException("cannot add a stream");
        }
        check(avcodec_parameters_copy(stream.codecpar(), in.codecpar()), "copying stream parameters");
        stream.codecpar().codec_tag(0);
        stream.time_base(in.time_base());
        return stream;
    }

    private static Source open(Path file, int mediaType) throws IOException {
        var context = new AVFormatContext(null);
        check(avformat_open_input(context, file.toString(), null, null), "opening " + file.getFileName());
        try {
            check(avformat_find_stream_info(context, (PointerPointer<?>) null), "reading " + file.getFileName());
            for (var i = 0; i < context.nb_streams(); i++) {
                var stream = context.streams(i);
                if (stream.codecpar().codec_type() == mediaType) {
                    return new Source(context, stream);
                }
            }
            throw new IOException(file.getFileName() + " has no " + (mediaType == AVMEDIA_TYPE_VIDEO ? "video"
                    : "sound"));
        } catch (IOException | RuntimeException e) {
            avformat_close_input(context);
            throw e;
        }
    }

    private static void check(int result, String what) throws IOException {
        if (result < 0) {
            var message = new byte[256];
            av_strerror(result, message, message.length);
            var text = new String(message, java.nio.charset.StandardCharsets.UTF_8).replace("\0", "").strip();
            throw new IOException(what + " failed: " + text + " (" + result + ")");
        }
    }

    private record Source(AVFormatContext context, AVStream stream) {
    }
}
