package org.filmfactory.platform;

import java.time.Instant;

/**
 * A file the {@link MediaStore} holds, complete: it exists under its key only after every byte was written and
 * checked.
 *
 * @param size length in bytes
 * @param sha256 lower-case hex SHA-256 of the content
 * @param contentType the MIME type it is served with, e.g. {@code video/mp4}
 */
public record StoredMedia(MediaKey key, long size, String sha256, String contentType, Instant stored) {
}
