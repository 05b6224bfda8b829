package org.filmfactory.cut;

import org.jspecify.annotations.Nullable;

/**
 * The film's music.
 *
 * @param source none, the built-in score, or an uploaded track
 * @param seed the score's seed (another seed, another tune in the same moods)
 * @param track the uploaded track's file name as uploaded, when {@code source} is {@link Source#UPLOAD}
 * @param gainDb its level under the voices
 */
public record MusicChoice(Source source, long seed, @Nullable String track, double gainDb) {

    public static final MusicChoice DEFAULT = new MusicChoice(Source.SCORE, 1, null, -12);

    public enum Source {
        NONE,
        SCORE,
        UPLOAD
    }
}
