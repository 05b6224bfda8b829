package org.filmfactory.platform.media;

import java.io.IOException;
import java.nio.file.Path;
import org.filmfactory.platform.Loudness;

/** {@link org.filmfactory.platform.SoundMixer#measure}: any decodable sound at 48 kHz through the meter. */
public final class SoundMeasuring {

    private static final int RATE = 48_000;
    private static final int BLOCK = 4_800;

    private SoundMeasuring() {
    }

    public static Loudness measure(Path file) throws IOException {
        try (var reader = SoundReader.open(file, RATE)) {
            var meter = new LoudnessMeter(RATE, reader.channels());
            var buffer = new float[reader.channels() * BLOCK];
            int read;
            while ((read = reader.read(buffer, 0, BLOCK)) > 0) {
                meter.accept(buffer, 0, read);
            }
            return meter.result();
        }
    }
}
