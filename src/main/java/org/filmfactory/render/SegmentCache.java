package org.filmfactory.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finished video segments kept between renders, by a key computed from everything that shapes their pictures. A
 * render that was interrupted (its node died) or re-run after a small change finds the segments it can reuse here.
 * The studio keeps them in the media store (shared by every node); the headless command in a local folder.
 */
public interface SegmentCache {

    /** A local copy of the segment kept under {@code key}, or empty. */
    Optional<Path> find(String key) throws IOException;

    /** Keeps a finished segment (the file may be moved or copied; the caller does not use it afterwards). */
    void keep(String key, Path segment) throws IOException;

    /** No cache: every segment is rendered. */
    SegmentCache NONE = new SegmentCache() {
        @Override
        public Optional<Path> find(String key) {
            return Optional.empty();
        }

        @Override
        public void keep(String key, Path segment) {
        }
    };
}
