package org.filmfactory.platform;

import java.io.IOException;
import java.nio.file.Path;
import org.filmfactory.platform.media.SoundMeasuring;
import org.filmfactory.platform.media.SoundMixing;

/**
 * Mixes a film's sound and measures loudness, in Java (no FFmpeg filter graph): resampling to 48 kHz, placing the
 * lines, ducking the music by a gain envelope from the line times, then normalising the whole mix to
 * {@link Loudness#TARGET_LUFS} with a true-peak limit, measured by an in-process BS.1770-4 meter. Usable without Spring
 * (the headless {@code render} command). Thread-safe: no shared state.
 */
public final class SoundMixer {

    private SoundMixer() {
    }

    /**
     * Mixes {@code mix} into a 48 kHz stereo 16-bit WAV at {@code target}, normalised so that the AAC-encoded film
     * measures {@link Loudness#TARGET_LUFS} ±1 LU with its true peak at or below {@link Loudness#CEILING_DBTP}.
     * A silent mix stays silent. Streams through the files: memory does not grow with the film's length.
     *
     * @return the loudness of what was written
     * @throws IOException when an input cannot be read (named in the message) or the target cannot be written
     */
    public static Loudness mix(SoundMix mix, Path target) throws IOException {
        return SoundMixing.mix(mix, target);
    }

    /**
     * Measures any sound file FFmpeg can decode, a WAV or the audio track of an MP4 (BS.1770-4: K-weighting, 400 ms
     * blocks gated at -70 LUFS absolute and -10 LU relative; true peak by 4× oversampling).
     *
     * @throws IOException when the file cannot be read or has no audio
     */
    public static Loudness measure(Path file) throws IOException {
        return SoundMeasuring.measure(file);
    }
}
