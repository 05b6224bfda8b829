package org.filmfactory.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.filmfactory.platform.MediaKey;
import org.filmfactory.platform.MediaQuotaExceeded;
import org.filmfactory.platform.MediaStore;
import org.filmfactory.platform.StoredMedia;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every {@link MediaStore} promises, run against each store by a subclass: the same bytes back, exact ranges,
 * checksums computed here with {@link MessageDigest} (not by the store's code), replace, delete, usage, the quota, and
 * that a failing or racing write never leaves a half-written file under its key.
 */
abstract class MediaStoreContract {

    static final long MIB = 1024 * 1024;
    static final long QUOTA = 3 * MIB;

    @TempDir
    Path scratch;

    /** A fresh, empty store with this quota per owner. */
    abstract MediaStore store(long quotaBytes) throws IOException;

    final String owner = "projects/" + UUID.randomUUID();
    final MediaKey clip = new MediaKey(owner + "/takes/" + UUID.randomUUID() + "/clip.mp4");

    @Test
    void returnsExactlyTheBytesStoredWithTheirChecksum() throws IOException {
        var store = store(QUOTA);
        var bytes = fixture(1, 300_000);

        var stored = store.put(clip, new ByteArrayInputStream(bytes), "video/mp4");

        assertThat(stored.key()).isEqualTo(clip);
        assertThat(stored.size()).isEqualTo(300_000);
        assertThat(stored.sha256()).isEqualTo(sha256(bytes));
        assertThat(stored.contentType()).isEqualTo("video/mp4");
        assertThat(store.stat(clip)).contains(stored);
        try (var in = store.open(clip, 0, bytes.length)) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
    }

    @Test
    void storesAFinishedFileAndCopiesItOut() throws IOException {
        var store = store(QUOTA);
        var bytes = fixture(2, 123_457);
        var work = Files.createDirectories(scratch.resolve("work"));
        var source = Files.write(work.resolve("poster.png"), bytes);
        var key = new MediaKey(owner + "/takes/poster.png");

        var stored = store.put(key, source, "image/png");
        var target = Files.write(work.resolve("copy.png"), new byte[] {1, 2, 3});
        store.copyTo(key, target);

        assertThat(stored).isEqualTo(new StoredMedia(key, 123_457, sha256(bytes), "image/png", stored.stored()));
        assertThat(Files.readAllBytes(source)).isEqualTo(bytes);
        assertThat(Files.readAllBytes(target)).isEqualTo(bytes);
        try (var names = Files.list(work)) {
            assertThat(names.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("poster.png", "copy.png");
        }
    }

    @Test
    void readsRangesAtTheStartTheMiddleAndTheEnd() throws IOException {
        var store = store(QUOTA);
        var bytes = fixture(3, 200_000);
        store.put(clip, new ByteArrayInputStream(bytes), "video/mp4");

        assertThat(read(store, 0, 100)).isEqualTo(Arrays.copyOfRange(bytes, 0, 100));
        assertThat(read(store, 65_531, 70_001)).isEqualTo(Arrays.copyOfRange(bytes, 65_531, 135_532));
        assertThat(read(store, 199_993, 7)).isEqualTo(Arrays.copyOfRange(bytes, 199_993, 200_000));
        assertThat(read(store, 199_999, 1)).isEqualTo(new byte[] {bytes[199_999]});
        assertThat(read(store, 200_000, 0)).isEmpty();
    }

    @Test
    void refusesRangesOutsideTheFile() throws IOException {
        var store = store(QUOTA);
        store.put(clip, new ByteArrayInputStream(fixture(4, 1000)), "video/mp4");

        assertThatIllegalArgumentException().isThrownBy(() -> store.open(clip, 990, 11).close());
        assertThatIllegalArgumentException().isThrownBy(() -> store.open(clip, 1000, 1).close());
        assertThatIllegalArgumentException().isThrownBy(() -> store.open(clip, -1, 10).close());
    }

    @Test
    void replacesAFileWhole() throws IOException {
        var store = store(QUOTA);
        store.put(clip, new ByteArrayInputStream(fixture(5, 150_000)), "video/mp4");
        var second = fixture(6, 90_000);

        var stored = store.put(clip, new ByteArrayInputStream(second), "video/webm");

        assertThat(store.stat(clip)).contains(stored);
        assertThat(stored.sha256()).isEqualTo(sha256(second));
        assertThat(stored.contentType()).isEqualTo("video/webm");
        assertThat(read(store, 0, 90_000)).isEqualTo(second);
        assertThat(store.usage(owner)).isEqualTo(90_000);
    }

    @Test
    void deletesAndForgets() throws IOException {
        var store = store(QUOTA);
        store.put(clip, new ByteArrayInputStream(fixture(7, 10_000)), "video/mp4");

        store.delete(clip);
        store.delete(clip);

        assertThat(store.stat(clip)).isEmpty();
        assertThat(store.usage(owner)).isZero();
        assertThatExceptionOfType(NoSuchFileException.class).isThrownBy(() -> store.open(clip, 0, 1));
        assertThatExceptionOfType(NoSuchFileException.class)
                .isThrownBy(() -> store.copyTo(clip, scratch.resolve("gone.mp4")));
        assertThat(scratch.resolve("gone.mp4")).doesNotExist();
    }

    @Test
    void countsUsagePerOwner() throws IOException {
        var store = store(QUOTA);
        var other = "projects/" + UUID.randomUUID();
        store.put(clip, new ByteArrayInputStream(fixture(8, 100_000)), "video/mp4");
        store.put(new MediaKey(owner + "/takes/a/poster.png"), new ByteArrayInputStream(fixture(9, 2_345)), "image/png");
        store.put(new MediaKey(other + "/films/film.mp4"), new ByteArrayInputStream(fixture(10, 777)), "video/mp4");

        assertThat(store.usage(owner)).isEqualTo(102_345);
        assertThat(store.usage(other)).isEqualTo(777);
        assertThat(store.usage("projects/" + UUID.randomUUID())).isZero();
    }

    @Test
    void refusesAStoreOverTheQuotaAndKeepsNothing() throws IOException {
        var store = store(QUOTA);
        var first = fixture(11, (int) (2 * MIB + 5));
        store.put(clip, new ByteArrayInputStream(first), "video/mp4");
        var second = new MediaKey(owner + "/takes/b/clip.mp4");

        assertThatExceptionOfType(MediaQuotaExceeded.class)
                .isThrownBy(() -> store.put(second, new ByteArrayInputStream(fixture(12, (int) MIB)), "video/mp4"))
                .satisfies(e -> {
                    assertThat(e.messageKey()).isEqualTo("media.quota-exceeded");
                    assertThat(e.arguments()).containsExactly(2L, 3L);
                });

        assertThat(store.stat(second)).isEmpty();
        assertThat(store.usage(owner)).isEqualTo(2 * MIB + 5);
        assertThat(read(store, 0, first.length)).isEqualTo(first);
    }

    @Test
    void replacingCountsOnlyTheNewSizeAgainstTheQuota() throws IOException {
        var store = store(QUOTA);
        store.put(clip, new ByteArrayInputStream(fixture(13, (int) (2 * MIB))), "video/mp4");
        var larger = fixture(14, (int) (QUOTA));

        store.put(clip, new ByteArrayInputStream(larger), "video/mp4");

        assertThat(store.usage(owner)).isEqualTo(QUOTA);
        assertThat(store.stat(clip).map(StoredMedia::sha256)).contains(sha256(larger));
    }

    @Test
    void aSourceThatFailsMidwayLeavesNothingUnderTheKey() throws IOException {
        var store = store(QUOTA);
        var failure = new IOException("camera card pulled out");

        assertThatExceptionOfType(IOException.class)
                .isThrownBy(() -> store.put(clip, failingAfter(fixture(15, 100_000), failure), "video/mp4"))
                .isSameAs(failure);

        assertThat(store.stat(clip)).isEmpty();
        assertThat(store.usage(owner)).isZero();
        assertThatExceptionOfType(NoSuchFileException.class).isThrownBy(() -> store.open(clip, 0, 1));
    }

    @Test
    void aSourceThatFailsMidwayKeepsTheOldFile() throws IOException {
        var store = store(QUOTA);
        var old = fixture(16, 50_000);
        var stored = store.put(clip, new ByteArrayInputStream(old), "video/mp4");

        assertThatExceptionOfType(IOException.class).isThrownBy(() -> store.put(clip,
                failingAfter(fixture(17, 80_000), new IOException("network gone")), "video/mp4"));

        assertThat(store.stat(clip)).contains(stored);
        assertThat(read(store, 0, old.length)).isEqualTo(old);
    }

    @Test
    void concurrentWritersOfOneKeyLeaveOneWholeFile() throws Exception {
        var store = store(QUOTA);
        int writers = 4;
        List<byte[]> contents = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            contents.add(fixture(20 + i, 250_000 + i * 1_000));
        }
        var start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(writers)) {
            List<Future<StoredMedia>> results = new ArrayList<>();
            for (var content : contents) {
                Callable<StoredMedia> write = () -> {
                    start.await();
                    return store.put(clip, new ByteArrayInputStream(content), "video/mp4");
                };
                results.add(pool.submit(write));
            }
            start.countDown();
            for (var result : results) {
                result.get();
            }
        }

        var stored = store.stat(clip).orElseThrow();
        var winner = contents.stream().filter(c -> sha256(c).equals(stored.sha256())).findFirst().orElseThrow();
        assertThat(stored.size()).isEqualTo(winner.length);
        assertThat(read(store, 0, winner.length)).isEqualTo(winner);
        assertThat(store.usage(owner)).isEqualTo(winner.length);
    }

    @Test
    void keysThatCouldEscapeTheStoreAreRefused() throws IOException {
        var store = store(QUOTA);
        for (var bad : List.of("projects/../etc/passwd", "projects/a/../../b", "/projects/a/b", "projects//a",
                "projects/a/", "Projects/A/clip.mp4", "projects/a\\b", "projects/.hidden", "projects/a/%2e%2e",
                "projects", "projects/a/..", "projects/a/./b", "")) {
            assertThatIllegalArgumentException().as(bad).isThrownBy(() -> new MediaKey(bad));
        }
        assertThatIllegalArgumentException().isThrownBy(() -> store.usage("projects/.."));
        assertThatIllegalArgumentException().isThrownBy(() -> store.usage("../projects"));
        assertThatIllegalArgumentException().isThrownBy(() -> store.usage("projects/a/b"));
    }

    static byte[] read(MediaStore store, MediaKey key, long offset, long length) throws IOException {
        try (var in = store.open(key, offset, length)) {
            return in.readAllBytes();
        }
    }

    byte[] read(MediaStore store, long offset, long length) throws IOException {
        return read(store, clip, offset, length);
    }

    static byte[] fixture(long seed, int size) {
        var bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Yields {@code bytes}, then fails with {@code failure} instead of reaching the end. */
    static InputStream failingAfter(byte[] bytes, IOException failure) {
        return new InputStream() {
            private final ByteArrayInputStream source = new ByteArrayInputStream(bytes);

            @Override
            public int read() throws IOException {
                int b = source.read();
                if (b < 0) {
                    throw failure;
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = source.read(buffer, offset, length);
                if (n < 0) {
                    throw failure;
                }
                return n;
            }
        };
    }
}
