package org.filmfactory.render.internal.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/** Sine WAVs for the voices of test plans. */
final class TestSound {

    private TestSound() {
    }

    /** A 16-bit stereo WAV of {@code samples} at {@code rate} Hz: a sine of {@code hertz} at {@code amplitude} 0…1. */
    static Path sine(Path target, int rate, long samples, double hertz, double amplitude) throws IOException {
        var bytes = ByteBuffer.allocate((int) samples * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (var i = 0L; i < samples; i++) {
            var value = (short) Math.round(Math.sin(2 * Math.PI * hertz * i / rate) * amplitude * 32767);
            bytes.putShort(value).putShort(value);
        }
        var format = new AudioFormat(rate, 16, 2, true, false);
        try (var in = new AudioInputStream(new ByteArrayInputStream(bytes.array()), format, samples)) {
            AudioSystem.write(in, AudioFileFormat.Type.WAVE, target.toFile());
        }
        return target;
    }
}
