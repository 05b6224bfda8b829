package org.filmfactory.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.filmfactory.platform.MediaKey;
import org.filmfactory.platform.MediaStore;
import org.junit.jupiter.api.Test;

/** The media store contract on a local folder, plus what the folder holds afterwards. */
class LocalMediaStoreTest extends MediaStoreContract {

    static final Instant NOW = Instant.parse("2026-12-07T01:00:00Z");

    Path folder;

    @Override
    MediaStore store(long quotaBytes) throws IOException {
        folder = scratch.resolve("media");
        return new LocalMediaStore(folder, quotaBytes, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void keepsThePlainFileUnderItsKeyAndNoTemporaryFiles() throws IOException {
        var store = store(QUOTA);
        var bytes = fixture(30, 4_000);
        var stored = store.put(clip, new ByteArrayInputStream(bytes), "video/mp4");
        assertThatExceptionOfType(IOException.class).isThrownBy(() -> store.put(new MediaKey(clip.path().replace("clip.mp4", "other.mp4")),
                failingAfter(fixture(31, 9_000), new IOException("gone")), "video/mp4"));

        assertThat(stored.stored()).isEqualTo(NOW);
        assertThat(Files.readAllBytes(folder.resolve(clip.path()))).isEqualTo(bytes);
        assertThat(names(folder.resolve(clip.path()).getParent()))
                .containsExactlyInAnyOrder("clip.mp4", ".clip.mp4.meta", ".clip.mp4.lock");
    }

    @Test
    void aFileWithoutItsChecksumIsNotThere() throws IOException {
        var store = store(QUOTA);
        store.put(clip, new ByteArrayInputStream(fixture(32, 4_000)), "video/mp4");
        // What a crash between moving the content and writing its meta file leaves behind.
        Files.delete(folder.resolve(clip.path()).resolveSibling(".clip.mp4.meta"));

        assertThat(store.stat(clip)).isEmpty();
    }

    @Test
    void writersToOneProjectAtOnceNeverTogetherPassItsQuota() throws Exception {
        // Room for one of these files, not two: however the writers interleave, one is stored and the rest refused.
        var store = store(MIB + MIB / 2);
        for (int round = 0; round < 10; round++) {
            int writers = 6;
            var start = new java.util.concurrent.CyclicBarrier(writers);
            var pool = java.util.concurrent.Executors.newFixedThreadPool(writers);
            var results = new java.util.ArrayList<java.util.concurrent.Future<Boolean>>();
            var keys = new java.util.ArrayList<MediaKey>();
            for (int i = 0; i < writers; i++) {
                var key = new MediaKey(owner + "/round-" + round + "/take-" + i + ".mp4");
                keys.add(key);
                var bytes = fixture(round * 10 + i, (int) MIB);
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        store.put(key, new ByteArrayInputStream(bytes), "video/mp4");
                        return true;
                    } catch (org.filmfactory.platform.MediaQuotaExceeded full) {
                        return false;
                    }
                }));
            }
            int stored = 0;
            for (var result : results) {
                stored += result.get() ? 1 : 0;
            }
            pool.shutdown();
            assertThat(stored).as("files stored in round %d", round).isEqualTo(1);
            assertThat(store.usage(owner)).isEqualTo(MIB);
            for (var key : keys) {
                store.delete(key);
            }
        }
    }

    @Test
    void partsLeftByACrashAreRemovedWhenTheStoreOpensAgainButNotPartsBeingWritten() throws IOException {
        var store = store(QUOTA);
        store.put(clip, new ByteArrayInputStream(fixture(33, 4_000)), "video/mp4");
        var takeFolder = folder.resolve(clip.path()).getParent();
        var leftover = Files.write(takeFolder.resolve(".clip.mp4.1234.part"), new byte[5_000]);
        Files.setLastModifiedTime(leftover, java.nio.file.attribute.FileTime.from(NOW.minusSeconds(2 * 3600)));
        var beingWritten = Files.write(takeFolder.resolve(".other.mp4.5678.part"), new byte[5_000]);
        Files.setLastModifiedTime(beingWritten, java.nio.file.attribute.FileTime.from(NOW.minusSeconds(60)));

        store(QUOTA);

        assertThat(names(takeFolder)).containsExactlyInAnyOrder("clip.mp4", ".clip.mp4.meta", ".clip.mp4.lock",
                ".other.mp4.5678.part");
    }

    private static Stream<String> names(Path directory) throws IOException {
        try (var files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).toList().stream();
        }
    }
}
