package org.filmfactory.render.internal.engine;

import java.io.IOException;
import java.nio.file.Path;
import org.filmfactory.platform.Loudness;
import org.filmfactory.platform.SoundMix;

/**
 * Stands in for the platform's sound mixer until it is built: writes a quiet sine as long as the mix asks, and
 * measures nothing. Tests that use it assert no loudness.
 */
final class SilentVoices implements FilmRendering.Sound {

    @Override
    public Loudness mix(SoundMix mix, Path wav) throws IOException {
        TestSound.sine(wav, SoundMix.RATE, mix.lengthSamples(), 440, 0.1);
        return new Loudness(Double.NaN, Double.NaN);
    }

    @Override
    public Loudness measure(Path film) {
        return new Loudness(Double.NaN, Double.NaN);
    }
}
