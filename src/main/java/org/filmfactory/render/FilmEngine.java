package org.filmfactory.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import org.filmfactory.platform.EncoderSettings;
import org.filmfactory.render.internal.engine.FilmRendering;

/**
 * Turns a {@link RenderPlan} into a film, without Spring (the studio's render jobs and the headless {@code render}
 * command both use it). The picture is rendered in video-only H.264 segments of a few seconds, each kept in the
 * {@link SegmentCache} as it is finished, then joined without re-encoding; the sound is mixed once for the whole film
 * and encoded to AAC once (AAC segments do not join cleanly); the two are muxed with the index first. Subtitles are
 * drawn into the picture with the studio's CJK font inside the vertical safe zone when the plan says so, and always
 * written beside the film as SRT and WebVTT.
 */
public final class FilmEngine {

    /** Segment length when none is configured ({@code filmfactory.render.segment-seconds}). */
    public static final int DEFAULT_SEGMENT_SECONDS = 4;

    private final EncoderSettings encoder;
    private final FilmRendering rendering;

    public FilmEngine(EncoderSettings encoder) {
        this(encoder, DEFAULT_SEGMENT_SECONDS);
    }

    /**
     * @param segmentSeconds how long each video segment is (the unit of reuse and of resuming), at least 1
     */
    public FilmEngine(EncoderSettings encoder, int segmentSeconds) {
        this.encoder = encoder;
        this.rendering = new FilmRendering(encoder, segmentSeconds, FilmRendering.Sound.MIXER);
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
        return rendering.render(plan, folder, name, cache, listener, stopping);
    }

    public int segmentSeconds() {
        return rendering.segmentSeconds();
    }

    public EncoderSettings encoder() {
        return encoder;
    }
}
