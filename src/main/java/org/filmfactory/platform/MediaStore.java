package org.filmfactory.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Every piece of media the studio keeps — takes, posters, thumbnails, audio, films — in one place for the whole
 * cluster: a folder under the data directory (nodes on one host share it) or an S3-compatible object store
 * ({@code filmfactory.media.*}). Thread-safe; blocking I/O, so call it from a worker or a request thread, never
 * while holding a UI lock.
 *
 * <p>Writes are atomic: content goes to a temporary name, is checksummed, and only then appears under its key. A
 * reader therefore never sees a half-written file, and a crash mid-write leaves nothing under the key. Storing over
 * an existing key replaces it atomically. Keys are final once a take refers to them; callers make a new key per
 * version rather than overwrite what others may be playing.
 */
public interface MediaStore {

    /**
     * Stores a finished local file under {@code key}.
     *
     * @throws MediaQuotaExceeded when the key's owner would go over its quota (nothing is stored)
     */
    StoredMedia put(MediaKey key, Path file, String contentType) throws IOException;

    /** Stores everything {@code content} yields (the stream is read to its end, not closed). */
    StoredMedia put(MediaKey key, InputStream content, String contentType) throws IOException;

    /** What is stored under {@code key}, or empty. */
    Optional<StoredMedia> stat(MediaKey key) throws IOException;

    /**
     * Reads {@code length} bytes from {@code offset} (a range request); the caller closes the stream.
     *
     * @throws java.nio.file.NoSuchFileException when nothing is stored under the key
     */
    InputStream open(MediaKey key, long offset, long length) throws IOException;

    /** Copies the whole file to a local path (for decoding), replacing {@code target}. */
    void copyTo(MediaKey key, Path target) throws IOException;

    /** Removes the file; nothing happens when it is not there. */
    void delete(MediaKey key) throws IOException;

    /** Bytes held under an owner ({@code projects/<id>}), what the quota is measured against. */
    long usage(String owner) throws IOException;
}
