package org.filmfactory.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file is not media the studio can use: empty, of an unknown type, corrupt or truncated, too large. The key says
 * which, and the arguments are, in this order:
 * <ul>
 *   <li>{@code media.refused.empty}: the file name as the person gave it</li>
 *   <li>{@code media.refused.unknown-type}: the file name</li>
 *   <li>{@code media.refused.corrupt}: the file name</li>
 *   <li>{@code media.refused.too-large}: the file name, its size in MB, the limit in MB
 *       ({@link MediaSettings#maxUpload()}; sizes as whole numbers, {@code bytes / (1024 * 1024)})</li>
 * </ul>
 */
public final class MediaRefused extends UserFacingException {

    public MediaRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    /** {@code media.refused.too-large} for a file of {@code size} bytes over a limit of {@code max} bytes. */
    public static MediaRefused tooLarge(String fileName, long size, long max) {
        return new MediaRefused("media.refused.too-large", fileName, size / (1024 * 1024), max / (1024 * 1024));
    }

    /**
     * Copies an upload to {@code target}, at most {@code max} bytes: one byte more and the file is refused as too
     * large (what was written stays for the caller to remove with its folder). A declared size can lie; this cannot.
     *
     * @return the bytes copied
     */
    public static long copyAtMost(InputStream content, Path target, long max, String fileName)
            throws IOException {
        var buffer = new byte[64 * 1024];
        long total = 0;
        try (var out = Files.newOutputStream(target)) {
            for (int read; (read = content.read(buffer)) >= 0; ) {
                total += read;
                if (total > max) {
                    throw tooLarge(fileName, total, max);
                }
                out.write(buffer, 0, read);
            }
        }
        return total;
    }
}
