package org.filmfactory.render.internal.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The publishing package as a ZIP: entry names and text in UTF-8 (the entries carry the language encoding flag, so a
 * Chinese name unpacks as written). The MP4 and the JPEG are stored as they are (compressing them gains nothing and
 * costs the CPU a render needs); the text is deflated.
 */
public final class PackageZip {

    public static final String FILM = "film.mp4";
    public static final String COVER = "cover.jpg";
    public static final String MANIFEST = "package.json";
    public static final String README = "README.txt";

    private PackageZip() {
    }

    /** Writes the four entries to {@code out}, which is finished (not closed). */
    public static void write(Path film, Path cover, byte[] manifest, String readme, OutputStream out)
            throws IOException {
        var zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        stored(zip, FILM, film);
        stored(zip, COVER, cover);
        text(zip, MANIFEST, manifest);
        text(zip, README, readme.getBytes(StandardCharsets.UTF_8));
        zip.finish();
        zip.flush();
    }

    private static void stored(ZipOutputStream zip, String name, Path file) throws IOException {
        var crc = new CRC32();
        var buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int read; (read = in.read(buffer)) > 0; ) {
                crc.update(buffer, 0, read);
            }
        }
        var entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(Files.size(file));
        entry.setCompressedSize(Files.size(file));
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        Files.copy(file, zip);
        zip.closeEntry();
    }

    private static void text(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }
}
