package org.filmfactory.cut;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.filmfactory.cut.internal.score.ScoreWriting;

/**
 * The built-in score, without Spring: a mood per scene from its heading and tone (tempo, key, instrumentation),
 * written as MIDI and rendered offline by Java's Gervill synthesizer with the public-domain General MIDI bank the
 * studio ships. The same scenes and seed give the same samples, byte for byte.
 */
public final class Score {

    private Score() {
    }

    /**
     * Writes the score for {@code scenes} (played one after another) into a 48 kHz stereo WAV at {@code target}.
     *
     * @return its length in seconds (the sum of the scenes')
     * @throws IOException when the synthesizer or the file fails
     */
    public static double compose(List<ScoreScene> scenes, long seed, Path target) throws IOException {
        return ScoreWriting.write(scenes, seed, target);
    }
}
