package org.filmfactory.cut.internal.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EspeakNativesTest {

    @TempDir
    Path base;

    @Test
    void folderIsNamedAfterThePiperJniOnTheClassPath() throws Exception {
        var properties = new java.util.Properties();
        try (var in = getClass().getResourceAsStream("/META-INF/maven/io.github.givimad/piper-jni/pom.properties")) {
            properties.load(in);
        }
        assertThat(EspeakNatives.version()).isEqualTo(properties.getProperty("version"));
    }

    @Test
    void extractsOnceIntoAVersionedFolderWhenManyStartAtOnce() throws Exception {
        int racers = 4;
        var barrier = new CyclicBarrier(racers);
        var results = new ArrayList<Path>();
        try (var pool = Executors.newFixedThreadPool(racers)) {
            var futures = new ArrayList<java.util.concurrent.Future<Path>>();
            for (int i = 0; i < racers; i++) {
                futures.add(pool.submit((Callable<Path>) () -> {
                    barrier.await();
                    return EspeakNatives.extract(base);
                }));
            }
            for (var future : futures) {
                results.add(future.get());
            }
        }

        var folder = base.resolve("espeak-ng-1.2.0-c0670df");
        assertThat(results).containsOnly(folder);
        try (var left = Files.list(base)) {
            assertThat(left).containsExactly(folder);
        }
        assertThat(Files.size(folder.resolve("libespeak-ng.so.1"))).isEqualTo(610_152);
        assertThat(folder.resolve("espeak-ng-data/cmn_dict")).hasSize(1_566_335);
        assertThat(folder.resolve("espeak-ng-data/voices/!v/m3")).exists();

        var modified = Files.getLastModifiedTime(folder.resolve("libespeak-ng.so.1"));
        assertThat(EspeakNatives.extract(base)).isEqualTo(folder);
        assertThat(Files.getLastModifiedTime(folder.resolve("libespeak-ng.so.1"))).isEqualTo(modified);
    }
}
