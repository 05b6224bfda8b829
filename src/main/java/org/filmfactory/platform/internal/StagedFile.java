package org.filmfactory.platform.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A file written in full to a temporary name and flushed to disk, with the checksums the stores keep: what a store
 * moves or uploads under a key only after every byte was read and hashed.
 *
 * @param file where the bytes are now
 * @param size their length
 * @param sha256 lower-case hex SHA-256
 * @param md5 the MD5 digest (S3's {@code Content-MD5}, which the server checks on arrival)
 */
record StagedFile(Path file, long size, String sha256, byte[] md5) {

    private static final int BUFFER = 64 * 1024;

    /**
     * Copies everything {@code content} yields to {@code target} (created new), hashing on the way, and forces it to
     * disk. When reading or writing fails the partial file is removed and the failure passes on.
     */
    static StagedFile write(InputStream content, Path target) throws IOException {
        var sha256 = digest("SHA-256");
        var md5 = digest("MD5");
        long size = 0;
        try (var out = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            var buffer = new byte[BUFFER];
            int n;
            while ((n = content.read(buffer)) >= 0) {
                sha256.update(buffer, 0, n);
                md5.update(buffer, 0, n);
                var chunk = ByteBuffer.wrap(buffer, 0, n);
                while (chunk.hasRemaining()) {
                    out.write(chunk);
                }
                size += n;
            }
            out.force(true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(target);
            throw e;
        }
        return new StagedFile(target, size, HexFormat.of().formatHex(sha256.digest()), md5.digest());
    }

    /** Hashes a finished file where it is, without copying it. */
    static StagedFile hash(Path file) throws IOException {
        var sha256 = digest("SHA-256");
        var md5 = digest("MD5");
        long size = 0;
        try (var in = Files.newInputStream(file)) {
            var buffer = new byte[BUFFER];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                sha256.update(buffer, 0, n);
                md5.update(buffer, 0, n);
                size += n;
            }
        }
        return new StagedFile(file, size, HexFormat.of().formatHex(sha256.digest()), md5.digest());
    }

    private static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256 and MD5 (java.security.MessageDigest's Javadoc).
            throw new IllegalStateException(algorithm + " is missing from this Java runtime", e);
        }
    }
}
