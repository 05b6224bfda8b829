package org.filmfactory.cut.internal.voice;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/** 16-bit PCM mono WAV files, written whole to a temporary sibling and then moved into place. */
public final class Wav {

    private Wav() {
    }

    /** The bytes of a 16-bit mono WAV holding {@code samples} at {@code rate}. */
    public static byte[] bytes(short[] samples, int rate) {
        int data = samples.length * 2;
        var buffer = ByteBuffer.allocate(44 + data).order(ByteOrder.LITTLE_ENDIAN);
        buffer.put("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(36 + data)
                .put("WAVE".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .put("fmt ".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(16)
                .putShort((short) 1).putShort((short) 1).putInt(rate).putInt(rate * 2)
                .putShort((short) 2).putShort((short) 16)
                .put("data".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(data);
        for (var sample : samples) {
            buffer.putShort(sample);
        }
        return buffer.array();
    }

    /** Writes the WAV to {@code target} (replacing it); a reader never sees half a file. */
    public static void write(short[] samples, int rate, Path target) throws IOException {
        var folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        var temporary = Files.createTempFile(folder, ".voice-", ".wav");
        try {
            Files.write(temporary, bytes(samples, rate));
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** How long {@code samples} last at {@code rate}. */
    public static Duration duration(long samples, int rate) {
        return Duration.ofNanos(samples * 1_000_000_000L / rate);
    }
}
