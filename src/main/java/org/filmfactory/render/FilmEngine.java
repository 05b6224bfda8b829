package org.filmfactory.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import org.filmfactory.platform.EncoderSettings;

/**
 * Turns a {@link RenderPlan} into a film, without Spring (the studio's render jobs and the headless {@code render}
 * command both use it). The picture is rendered in video-only H.264 segments of a few seconds, each kept in the
 * {@link SegmentCache} as it is finished, then joined without re-encoding; the sound is mixed once for the whole film
 * and encoded to AAC once (AAC segments do not join cleanly); the two are muxed with the index first. Subtitles are
 * drawn into the picture with the studio's CJK font inside the vertical safe zone when the plan says so, and always
 * written beside the film as SRT and WebVTT.
 */
public final class FilmEngine {

    private final EncoderSettings encoder;

    public FilmEngine(EncoderSettings encoder) {
        this.encoder = encoder;
    }

    /**
     * Renders {@code plan} into {@code folder} as {@code name.mp4}, {@code name.srt} and {@code name.vtt}; the MP4
     * appears only when complete.
     *
     * @param stopping polled between frames; when true the render stops with {@link java.io.InterruptedIOException},
     *     keeping the segments finished so far in the cache
     * @throws CutNotRenderable when a clip's source is missing or corrupt (naming the clip), or the plan is empty
     * @throws IOException when writing fails
     */
    public RenderedFilm render(RenderPlan plan, Path folder, String name, SegmentCache cache, RenderListener listener,
            BooleanSupplier stopping) throws IOException {
        throw new UnsupportedOperationException("not built yet");
    }

    public EncoderSettings encoder() {
        return encoder;
    }
}
