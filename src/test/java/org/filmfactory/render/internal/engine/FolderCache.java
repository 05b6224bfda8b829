package org.filmfactory.render.internal.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.filmfactory.render.SegmentCache;

/** Segments kept in a folder by key, as the headless command keeps them. */
record FolderCache(Path folder) implements SegmentCache {

    @Override
    public Optional<Path> find(String key) {
        var file = folder.resolve(key + ".mp4");
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    @Override
    public void keep(String key, Path segment) throws IOException {
        Files.createDirectories(folder);
        Files.move(segment, folder.resolve(key + ".mp4"), StandardCopyOption.REPLACE_EXISTING);
    }

    long size() {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (var files = Files.list(folder)) {
            return files.count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
