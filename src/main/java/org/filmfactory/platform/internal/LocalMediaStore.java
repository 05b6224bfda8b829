package org.filmfactory.platform.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.filmfactory.platform.MediaKey;
import org.filmfactory.platform.MediaQuotaExceeded;
import org.filmfactory.platform.MediaStore;
import org.filmfactory.platform.StoredMedia;

/**
 * The media store in a local folder ({@code filmfactory.media.folder}). Nodes on one host share the folder.
 *
 * <p>Layout: the content of key {@code a/b/clip.mp4} is the plain file {@code a/b/clip.mp4}; beside it the hidden
 * {@code .clip.mp4.meta} holds size, SHA-256, content type and time stored. A key is present only while its meta
 * file exists and names the content file's size. Hidden names (starting with a dot, which no key segment may) are
 * the store's own: {@code .…part} files being written and {@code .…lock} files.
 *
 * <p>A write goes to {@code .clip.mp4.<random>.part} in the same folder, is forced to disk and hashed, then — holding
 * the key's lock — the quota is checked, the old meta file removed, the content moved over the key with an atomic
 * rename, and the new meta file written the same way (temporary name, force, rename). A crash at any point leaves
 * either the old file complete or no file under the key, never a half-written one; a failing source stream leaves
 * nothing at all. The lock is a {@link FileLock} on {@code .clip.mp4.lock}, so writers in other processes on the host
 * (other nodes) and in this one (taking turns on {@link OverlappingFileLockException}) never interleave their renames.
 *
 * <p>{@link #usage} sums the sizes of the owner's content files on demand (one directory walk, no cache that could
 * drift between nodes); a project with thousands of takes walks in milliseconds. The quota check and the move into
 * place happen under the owner's lock ({@code <owner>/.quota.lock}, taken before the key's), so writers to one
 * project — in this process or another node's — never together pass its quota.
 *
 * <p>Opening the store removes {@code .part} files older than {@link #LEFTOVER_AGE}: what a crash left behind. A
 * younger one may be a write of another node in progress.
 */
final class LocalMediaStore implements MediaStore {

    private static final String META = ".meta";
    private static final long LOCK_RETRY_MILLIS = 2;
    static final java.time.Duration LEFTOVER_AGE = java.time.Duration.ofHours(1);
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(LocalMediaStore.class);

    private final Path root;
    private final long quotaBytes;
    private final Clock clock;

    LocalMediaStore(Path folder, long quotaBytes, Clock clock) throws IOException {
        this.root = Files.createDirectories(folder).toAbsolutePath().normalize();
        this.quotaBytes = quotaBytes;
        this.clock = clock;
        removeLeftovers();
    }

    private void removeLeftovers() throws IOException {
        var before = clock.instant().minus(LEFTOVER_AGE);
        var removed = new long[2];
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                var name = file.getFileName().toString();
                if (attributes.isRegularFile() && name.startsWith(".") && name.endsWith(".part")
                        && attributes.lastModifiedTime().toInstant().isBefore(before)) {
                    if (Files.deleteIfExists(file)) {
                        removed[0]++;
                        removed[1] += attributes.size();
                    }
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
        if (removed[0] > 0) {
            log.info("Media store: removed {} unfinished file(s) of {} bytes left by an earlier crash", removed[0],
                    removed[1]);
        }
    }

    @Override
    public StoredMedia put(MediaKey key, Path file, String contentType) throws IOException {
        try (var in = Files.newInputStream(file)) {
            return put(key, in, contentType);
        }
    }

    @Override
    public StoredMedia put(MediaKey key, InputStream content, String contentType) throws IOException {
        var target = contentPath(key);
        var folder = Files.createDirectories(target.getParent());
        var staged = StagedFile.write(content,
                folder.resolve("." + key.fileName() + "." + UUID.randomUUID() + ".part"));
        try (var owner = lock(root.resolve(ownerPath(key.owner())).resolve(".quota.lock"), key);
                var lock = lock(key)) {
            long used = usage(key.owner());
            long replaced = stat(key).map(StoredMedia::size).orElse(0L);
            if (used - replaced + staged.size() > quotaBytes) {
                throw new MediaQuotaExceeded(used, quotaBytes);
            }
            var stored = new StoredMedia(key, staged.size(), staged.sha256(), contentType, clock.instant());
            // Old meta first: from here until the new meta is in place the key reads as absent, never as the new
            // content with the old checksum.
            Files.deleteIfExists(metaPath(key));
            move(staged.file(), target);
            writeMeta(stored);
            forceDirectory(folder);
            return stored;
        } finally {
            Files.deleteIfExists(staged.file());
        }
    }

    @Override
    public Optional<StoredMedia> stat(MediaKey key) throws IOException {
        Properties meta;
        try {
            meta = readMeta(key);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        long size = Long.parseLong(meta.getProperty("size"));
        try {
            if (Files.size(contentPath(key)) != size) {
                return Optional.empty();
            }
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        return Optional.of(new StoredMedia(key, size, meta.getProperty("sha256"), meta.getProperty("content-type"),
                Instant.parse(meta.getProperty("stored"))));
    }

    @Override
    public InputStream open(MediaKey key, long offset, long length) throws IOException {
        var stored = stat(key).orElseThrow(() -> new NoSuchFileException(key.path()));
        checkRange(offset, length, stored.size());
        var channel = FileChannel.open(contentPath(key), StandardOpenOption.READ);
        try {
            channel.position(offset);
            return new RangeStream(Channels.newInputStream(channel), length);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    @Override
    public void copyTo(MediaKey key, Path target) throws IOException {
        var stored = stat(key).orElseThrow(() -> new NoSuchFileException(key.path()));
        var absolute = target.toAbsolutePath();
        var temporary = absolute.resolveSibling("." + absolute.getFileName() + "." + UUID.randomUUID() + ".part");
        try (var in = open(key, 0, stored.size())) {
            Files.copy(in, temporary);
            move(temporary, absolute);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    @Override
    public void delete(MediaKey key) throws IOException {
        if (!Files.isDirectory(contentPath(key).getParent())) {
            return;
        }
        try (var lock = lock(key)) {
            Files.deleteIfExists(metaPath(key));
            Files.deleteIfExists(contentPath(key));
        }
    }

    @Override
    public long usage(String owner) throws IOException {
        var folder = root.resolve(ownerPath(owner));
        if (!Files.exists(folder)) {
            return 0;
        }
        // One walk that reads each file's attributes once (no separate exists/size calls per file).
        var total = new long[1];
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (attributes.isRegularFile() && !file.getFileName().toString().startsWith(".")) {
                    total[0] += attributes.size();
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                // Deleted while walking: it no longer counts.
                return FileVisitResult.CONTINUE;
            }
        });
        return total[0];
    }

    /** Bytes {@code [offset, offset + length)} must lie within the file. */
    static void checkRange(long offset, long length, long size) {
        if (offset < 0 || length < 0 || offset > size || length > size - offset) {
            throw new IllegalArgumentException(
                    "range " + offset + "+" + length + " outside a file of " + size + " bytes");
        }
    }

    /** An owner as {@link MediaKey#owner()} gives it; anything else (dots, slashes at the ends) is refused. */
    static String ownerPath(String owner) {
        if (!new MediaKey(owner + "/x").owner().equals(owner)) {
            throw new IllegalArgumentException("not a media owner: " + owner);
        }
        return owner;
    }

    private Path contentPath(MediaKey key) {
        var path = root.resolve(key.path()).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("not a media key: " + key);
        }
        return path;
    }

    private Path metaPath(MediaKey key) {
        return contentPath(key).resolveSibling("." + key.fileName() + META);
    }

    private Properties readMeta(MediaKey key) throws IOException {
        var meta = new Properties();
        meta.load(new StringReader(Files.readString(metaPath(key), StandardCharsets.UTF_8)));
        return meta;
    }

    private void writeMeta(StoredMedia stored) throws IOException {
        var meta = new Properties();
        meta.setProperty("size", Long.toString(stored.size()));
        meta.setProperty("sha256", stored.sha256());
        meta.setProperty("content-type", stored.contentType());
        meta.setProperty("stored", stored.stored().toString());
        var text = new StringWriter();
        meta.store(text, null);
        var target = metaPath(stored.key());
        var temporary = target.resolveSibling(target.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            try (var out = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                out.write(StandardCharsets.UTF_8.encode(text.toString()));
                out.force(true);
            }
            move(temporary, target);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Only across file systems, which a temporary name in the same folder never is; copyTo's target might.
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the renames in {@code folder} durable (Linux needs the directory itself forced). */
    private static void forceDirectory(Path folder) {
        try (var directory = FileChannel.open(folder, StandardOpenOption.READ)) {
            directory.force(true);
        } catch (IOException e) {
            // Some file systems cannot open a directory for reading; the rename is atomic there all the same.
        }
    }

    private KeyLock lock(MediaKey key) throws IOException {
        return lock(contentPath(key).resolveSibling("." + key.fileName() + ".lock"), key);
    }

    private static KeyLock lock(Path path, MediaKey key) throws IOException {
        var channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            while (true) {
                try {
                    return new KeyLock(channel, channel.lock());
                } catch (OverlappingFileLockException e) {
                    // Another thread of this JVM holds it (file locks belong to the whole process): take turns.
                    Thread.sleep(LOCK_RETRY_MILLIS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            channel.close();
            throw new InterruptedIOException("interrupted waiting for " + key);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private record KeyLock(FileChannel channel, FileLock lock) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            try {
                lock.release();
            } finally {
                channel.close();
            }
        }
    }
}
