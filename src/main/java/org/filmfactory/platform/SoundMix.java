package org.filmfactory.platform;

import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A film's whole sound, to be mixed once by {@link SoundMixer}: voice lines placed in time over an optional music bed
 * that is ducked under them. Times are in samples at {@link #RATE} from the film's first frame.
 *
 * @param lengthSamples the film's length; the mix is exactly this long (sound past it is cut, silence fills the rest)
 * @param voices the spoken lines, any order; overlapping lines add up
 * @param music the bed under the whole film (looped when shorter), or null for none
 */
public record SoundMix(long lengthSamples, List<Voice> voices, @Nullable Music music) {

    /** 48 kHz: what the films' AAC track is encoded at. */
    public static final int RATE = 48_000;

    public SoundMix {
        voices = List.copyOf(voices);
        if (lengthSamples < 0) {
            throw new IllegalArgumentException("length " + lengthSamples);
        }
    }

    /**
     * One spoken line.
     *
     * @param wav a WAV file of any rate (resampled), mono or stereo (mono goes to both sides)
     * @param startSample where it starts in the film
     * @param gainDb a gain applied before the mix is normalised (0 = as recorded)
     */
    public record Voice(Path wav, long startSample, double gainDb) {
    }

    /**
     * The music bed.
     *
     * @param wav a WAV file of any rate, mono or stereo
     * @param gainDb its level against the voices before normalising (e.g. -12)
     * @param duckDb how far it goes down while a line is spoken (e.g. -10), by a smooth gain envelope
     * @param fadeMillis how long the envelope takes to go down and back up, and the fade in/out at the ends
     */
    public record Music(Path wav, double gainDb, double duckDb, int fadeMillis) {
    }
}
