package org.filmfactory.platform;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import org.filmfactory.platform.media.FrameEncoding;

/**
 * Encodes frames drawn in Java2D into an H.264 clip with the libx264 of the bundled FFmpeg (JavaCV): yuv420p, constant
 * frame rate, MP4 with the moov atom first ({@code +faststart}, so a browser starts playing before the whole file has
 * arrived), no sound track (clips are joined video-only and the film's sound is mixed once; see STACK-NOTES, AAC
 * priming breaks joins).
 *
 * <p>Usable without Spring ({@code new VideoEncoder()}); the studio also has one as a bean configured by
 * {@link EncoderSettings}. Thread-safe: every call to {@link #encode} is independent and may run in parallel with
 * others (each costs one drawing thread plus FFmpeg's encoder threads).
 */
public final class VideoEncoder {

    private final EncoderSettings settings;

    /** An encoder with {@link EncoderSettings#DEFAULTS} (veryfast, crf 20). */
    public VideoEncoder() {
        this(EncoderSettings.DEFAULTS);
    }

    public VideoEncoder(EncoderSettings settings) {
        this.settings = settings;
    }

    public EncoderSettings settings() {
        return settings;
    }

    /**
     * Draws {@code frameCount} frames with {@code painter} and encodes them to {@code target}.
     *
     * <p>The painter runs on a drawing thread of this call while the calling thread encodes; a few reusable images
     * ({@link EncoderSettings#bufferedFrames()}) pass between them. The clip is written to a temporary file in the
     * target's folder and moved over {@code target} only when complete, so {@code target} is never half-written.
     *
     * @param frameCount at least 1
     * @param target the MP4 to write (replaced if it exists); its folder must exist
     * @param percentDone told 0…100 as frames are encoded, on the calling thread, at most once per percent
     * @param stopping polled between frames; when it answers true the encode stops
     * @return what was written
     * @throws InterruptedIOException when {@code stopping} said so or the calling thread was interrupted: the
     *     temporary file is deleted and {@code target} is untouched
     * @throws IOException when the file cannot be written or the encoder fails
     * @throws RuntimeException what the painter threw, with the temporary file deleted
     */
    public EncodedClip encode(VideoFormat format, int frameCount, FramePainter painter, Path target,
            IntConsumer percentDone, BooleanSupplier stopping) throws IOException {
        return FrameEncoding.encode(settings, format, frameCount, painter, target, percentDone, stopping);
    }

    /**
     * Encodes one segment of a film, like {@link #encode} but as the film's picture: H.264 High profile, tagged
     * BT.709 (primaries, transfer, matrix), constant quality ({@link EncoderSettings#crf()}) under a VBV peak of
     * {@code maxKbps} with a buffer of twice that, starting on an IDR frame. Segments encoded with the same settings
     * and format join without re-encoding ({@link FilmAssembly#join}).
     *
     * @param maxKbps the VBV peak rate, at least 1
     * @param percentDone as for {@link #encode}
     */
    public EncodedClip encodeSegment(VideoFormat format, int frameCount, int maxKbps, FramePainter painter,
            Path target, IntConsumer percentDone, BooleanSupplier stopping) throws IOException {
        if (maxKbps < 1) {
            throw new IllegalArgumentException("maxKbps must be at least 1, not " + maxKbps);
        }
        return FrameEncoding.encode(settings, format, frameCount, painter, target, percentDone, stopping, maxKbps);
    }
}
