package org.filmfactory.cut.internal.voice;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Locale;
import java.util.zip.ZipInputStream;

/**
 * Puts espeak-ng's library and data, which travel as class-path resources of piper-jni's jar, into a folder the
 * native loader can read: {@code <base>/espeak-ng-<piper-jni version>/} holding {@code libespeak-ng.so.1} and
 * {@code espeak-ng-data/}. Extracted once per version: a folder that exists is complete, because it only ever
 * appears by an atomic rename of a finished temporary folder, so several JVMs starting at once each may extract but
 * only one folder wins and nobody reads a half-written one.
 */
final class EspeakNatives {

    static final String LIBRARY = "libespeak-ng.so.1";
    static final String DATA = "espeak-ng-data";
    private static final String LIBRARY_RESOURCE = "/debian-amd64/" + LIBRARY;
    private static final String DATA_RESOURCE = "/espeak-ng-data.zip";
    static final String VERSION = "1.2.0-c0670df";

    private EspeakNatives() {
    }

    /** The cache folder: {@code ~/.cache/filmfactory} when the home folder is writable, else the temporary folder. */
    static Path defaultBase() {
        var home = Path.of(System.getProperty("user.home", "."));
        if (Files.isDirectory(home) && Files.isWritable(home)) {
            return home.resolve(".cache").resolve("filmfactory");
        }
        return Path.of(System.getProperty("java.io.tmpdir")).resolve("filmfactory-" + System.getProperty("user.name"));
    }

    /**
     * The folder with the library and its data under {@code base}, extracted now if it is not there yet.
     *
     * @throws IOException on a platform other than linux x86_64 (the only one the studio's jar carries), when the
     *     resources are missing, or when the folder cannot be written
     */
    static Path extract(Path base) throws IOException {
        var os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        var arch = System.getProperty("os.arch", "");
        if (!os.contains("linux") || !(arch.equals("amd64") || arch.equals("x86_64"))) {
            throw new IOException("The offline voice runs on linux x86_64 only, not on " + os + " " + arch);
        }
        var done = base.resolve("espeak-ng-" + version());
        if (complete(done)) {
            return done;
        }
        Files.createDirectories(base);
        var temporary = Files.createTempDirectory(base, ".espeak-ng-");
        try {
            try (var library = resource(LIBRARY_RESOURCE)) {
                Files.copy(library, temporary.resolve(LIBRARY));
            }
            try (var data = resource(DATA_RESOURCE)) {
                unzip(data, temporary.resolve(DATA));
            }
            try {
                Files.move(temporary, done, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileSystemException e) {
                // Another process renamed its copy into place first; theirs is as good as ours.
                if (!complete(done)) {
                    throw e;
                }
            }
        } finally {
            deleteTree(temporary);
        }
        return done;
    }

    private static boolean complete(Path folder) {
        return Files.isRegularFile(folder.resolve(LIBRARY)) && Files.isDirectory(folder.resolve(DATA).resolve("lang"));
    }

    /**
     * The piper-jni version the resources come from: it names the folder, so a new jar gets a new one
     * (EspeakNativesTest checks it against the jar's Maven properties, which the studio's jar does not carry).
     */
    static String version() {
        return VERSION;
    }

    private static InputStream resource(String name) throws IOException {
        var in = EspeakNatives.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("The offline voice's " + name + " is not on the class path");
        }
        return in;
    }

    private static void unzip(InputStream zip, Path target) throws IOException {
        Files.createDirectories(target);
        try (var in = new ZipInputStream(zip)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                var path = target.resolve(entry.getName()).normalize();
                if (!path.startsWith(target)) {
                    throw new IOException("espeak-ng data entry outside its folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else {
                    Files.createDirectories(path.getParent());
                    // The archive lists a few files twice (same content).
                    Files.copy(in, path, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            for (var path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
