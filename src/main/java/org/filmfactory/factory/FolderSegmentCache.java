package org.filmfactory.factory;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.regex.Pattern;
import org.filmfactory.render.SegmentCache;

/**
 * The headless command's segments, kept in a folder beside the film so a second run of a changed script re-renders
 * only the stretches that changed. A segment appears under its key only when complete (moved into place).
 */
final class FolderSegmentCache implements SegmentCache {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{1,128}");

    private final Path folder;

    FolderSegmentCache(Path folder) {
        this.folder = folder;
    }

    @Override
    public Optional<Path> find(String key) {
        var file = file(key);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    @Override
    public void keep(String key, Path segment) throws IOException {
        var file = file(key);
        Files.createDirectories(folder);
        var partial = Files.createTempFile(folder, ".segment", ".part");
        Files.move(segment, partial, StandardCopyOption.REPLACE_EXISTING);
        try {
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private Path file(String key) {
        // Keys are hashes; anything else could name a file outside the folder.
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a segment key: " + key);
        }
        return folder.resolve(key + ".mp4");
    }
}
