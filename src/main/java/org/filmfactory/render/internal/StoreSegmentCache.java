package org.filmfactory.render.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.filmfactory.platform.MediaKey;
import org.filmfactory.platform.MediaStore;
import org.filmfactory.project.ProjectId;
import org.filmfactory.render.SegmentCache;

/**
 * A project's finished video segments in the media store, {@code projects/<id>/segments/<key>.mp4}: every node sees
 * them, so a render taken over after its node died finds the segments the dead node finished, and a render after a
 * small change finds the untouched ones. A segment is stored whole or not at all (the store's writes are atomic).
 * Found segments are copied into a local folder of the run.
 */
final class StoreSegmentCache implements SegmentCache {

    private static final Pattern SAFE_KEY = Pattern.compile("[a-z0-9]{1,128}");

    private final MediaStore store;
    private final ProjectId project;
    private final Path local;
    private final AtomicInteger found = new AtomicInteger();
    private final AtomicInteger kept = new AtomicInteger();

    StoreSegmentCache(MediaStore store, ProjectId project, Path local) {
        this.store = store;
        this.project = project;
        this.local = local;
    }

    static MediaKey key(ProjectId project, String segment) {
        return MediaKey.of("projects", project.toString(), "segments", safe(segment) + ".mp4");
    }

    @Override
    public Optional<Path> find(String segment) throws IOException {
        var key = key(project, segment);
        if (store.stat(key).isEmpty()) {
            return Optional.empty();
        }
        Files.createDirectories(local);
        var copy = local.resolve(safe(segment) + ".mp4");
        try {
            store.copyTo(key, copy);
        } catch (NoSuchFileException gone) {
            return Optional.empty();
        }
        found.incrementAndGet();
        return Optional.of(copy);
    }

    @Override
    public void keep(String segment, Path file) throws IOException {
        store.put(key(project, segment), file, "video/mp4");
        kept.incrementAndGet();
    }

    /** Segments found in the store by this run. */
    int found() {
        return found.get();
    }

    /** Segments this run stored. */
    int kept() {
        return kept.get();
    }

    /** The engine's keys are SHA-256 hex already; anything else is hashed into a safe name. */
    private static String safe(String segment) {
        if (SAFE_KEY.matcher(segment).matches()) {
            return segment;
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(segment.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
