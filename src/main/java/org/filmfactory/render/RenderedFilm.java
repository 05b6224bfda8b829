package org.filmfactory.render;

import java.nio.file.Path;
import java.time.Duration;
import org.filmfactory.platform.Loudness;

/**
 * What a render wrote.
 *
 * @param film the MP4
 * @param srt the subtitles as SubRip
 * @param vtt the subtitles as WebVTT
 * @param frames video frames in the film (equals the plan's)
 * @param duration the film's length
 * @param loudness measured on the MP4's audio
 * @param segmentsRendered segments drawn and encoded by this render
 * @param segmentsReused segments taken from the cache
 */
public record RenderedFilm(Path film, Path srt, Path vtt, long frames, Duration duration, Loudness loudness,
        int segmentsRendered, int segmentsReused) {
}
