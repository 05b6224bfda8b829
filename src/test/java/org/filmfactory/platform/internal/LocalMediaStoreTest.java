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

    private static Stream<String> names(Path directory) throws IOException {
        try (var files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).toList().stream();
        }
    }
}
