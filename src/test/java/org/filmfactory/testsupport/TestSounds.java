package org.filmfactory.testsupport;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/** Test signals, generated so that their loudness is known, and plain WAV reading and writing for assertions. */
public final class TestSounds {

    private TestSounds() {
    }

    /** A sine of {@code amplitude} (1.0 = full scale) on every channel, interleaved. */
    public static float[] sine(int rate, int channels, double seconds, double hertz, double amplitude,
            double phaseRadians) {
        var frames = (int) Math.round(seconds * rate);
        var samples = new float[frames * channels];
        for (var i = 0; i < frames; i++) {
            var value = (float) (amplitude * Math.sin(2 * Math.PI * hertz * i / rate + phaseRadians));
            for (var c = 0; c < channels; c++) {
                samples[i * channels + c] = value;
            }
        }
        return samples;
    }

    /** Pink-ish noise (white noise through Paul Kellet's economy filter), independent per channel, seeded. */
    public static float[] pinkNoise(int rate, int channels, double seconds, double amplitude, long seed) {
        var frames = (int) Math.round(seconds * rate);
        var samples = new float[frames * channels];
        var random = new SplittableRandom(seed);
        for (var c = 0; c < channels; c++) {
            double b0 = 0;
            double b1 = 0;
            double b2 = 0;
            for (var i = 0; i < frames; i++) {
                var white = random.nextDouble(-1, 1);
                b0 = 0.99765 * b0 + white * 0.0990460;
                b1 = 0.96300 * b1 + white * 0.2965164;
                b2 = 0.57000 * b2 + white * 1.0526913;
                samples[i * channels + c] = (float) (amplitude * (b0 + b1 + b2 + white * 0.1848) / 3.0);
            }
        }
        return samples;
    }

    /** {@code samples} with the frames in [from, to) seconds set to zero. */
    public static float[] silenced(float[] samples, int rate, int channels, double from, double to) {
        var start = (int) Math.round(from * rate) * channels;
        var end = Math.min(samples.length, (int) Math.round(to * rate) * channels);
        for (var i = start; i < end; i++) {
            samples[i] = 0;
        }
        return samples;
    }

    /** Writes IEEE float samples as a WAV (format 3): no quantisation between the generator and the meters. */
    public static Path writeFloatWav(Path file, int rate, int channels, float[] samples) throws IOException {
        var data = samples.length * 4;
        var buffer = ByteBuffer.allocate(44 + data).order(ByteOrder.LITTLE_ENDIAN);
        buffer.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + data)
                .put("WAVE".getBytes(StandardCharsets.US_ASCII)).put("fmt ".getBytes(StandardCharsets.US_ASCII))
                .putInt(16).putShort((short) 3).putShort((short) channels).putInt(rate).putInt(rate * channels * 4)
                .putShort((short) (channels * 4)).putShort((short) 32).put("data".getBytes(StandardCharsets.US_ASCII))
                .putInt(data);
        for (var sample : samples) {
            buffer.putFloat(sample);
        }
        Files.write(file, buffer.array());
        return file;
    }

    /** Writes 16-bit PCM samples as a WAV. */
    public static Path write16BitWav(Path file, int rate, int channels, float[] samples) throws IOException {
        var data = samples.length * 2;
        var buffer = ByteBuffer.allocate(44 + data).order(ByteOrder.LITTLE_ENDIAN);
        buffer.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + data)
                .put("WAVE".getBytes(StandardCharsets.US_ASCII)).put("fmt ".getBytes(StandardCharsets.US_ASCII))
                .putInt(16).putShort((short) 1).putShort((short) channels).putInt(rate).putInt(rate * channels * 2)
                .putShort((short) (channels * 2)).putShort((short) 16).put("data".getBytes(StandardCharsets.US_ASCII))
                .putInt(data);
        for (var sample : samples) {
            buffer.putShort((short) Math.max(-32768, Math.min(32767, Math.round(sample * 32767f))));
        }
        Files.write(file, buffer.array());
        return file;
    }

    /** A 16-bit PCM WAV's format and samples (as -1…1 floats), from its {@code fmt } and {@code data} chunks. */
    public record Pcm(int rate, int channels, int bits, float[] samples) {

        public int frames() {
            return samples.length / channels;
        }

        /** Channel {@code channel}'s samples. */
        public float[] channel(int channel) {
            var out = new float[frames()];
            for (var i = 0; i < out.length; i++) {
                out[i] = samples[i * channels + channel];
            }
            return out;
        }
    }

    public static Pcm read16BitWav(Path file) throws IOException {
        var bytes = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        bytes.position(12);
        int rate = 0;
        int channels = 0;
        int bits = 0;
        while (bytes.remaining() >= 8) {
            var id = new byte[4];
            bytes.get(id);
            var size = bytes.getInt();
            var name = new String(id, StandardCharsets.US_ASCII);
            if ("fmt ".equals(name)) {
                var start = bytes.position();
                bytes.getShort();
                channels = bytes.getShort();
                rate = bytes.getInt();
                bytes.getInt();
                bytes.getShort();
                bits = bytes.getShort();
                bytes.position(start + size);
            } else if ("data".equals(name)) {
                if (bits != 16) {
                    throw new IOException("not 16-bit: " + bits);
                }
                var samples = new float[size / 2];
                for (var i = 0; i < samples.length; i++) {
                    samples[i] = bytes.getShort() / 32768f;
                }
                return new Pcm(rate, channels, bits, samples);
            } else {
                bytes.position(bytes.position() + size + (size & 1));
            }
        }
        throw new IOException("no data chunk in " + file);
    }
}
