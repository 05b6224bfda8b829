package org.filmfactory.render.internal.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A film's frames decoded by the {@code ffmpeg} inside JavaCV's jar to RGB with the BT.709 matrix the film is tagged
 * with, one after another (never all in memory).
 */
final class FilmFrames {

    @FunctionalInterface
    interface Check {
        void frame(int index, byte[] rgb);
    }

    private FilmFrames() {
    }

    static int each(Path film, int width, int height, Check check) throws IOException {
        var process = new ProcessBuilder(FilmProbe.ffmpeg(), "-v", "error", "-i", film.toString(), "-vf",
                "scale=in_color_matrix=bt709:in_range=tv:out_range=pc,format=rgb24", "-f", "rawvideo", "-")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        var size = width * height * 3;
        var count = 0;
        try (var in = process.getInputStream()) {
            while (true) {
                var rgb = in.readNBytes(size);
                if (rgb.length < size) {
                    break;
                }
                check.frame(count++, rgb);
            }
        }
        try {
            if (process.waitFor() != 0) {
                throw new IOException("ffmpeg could not decode " + film);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        return count;
    }

    /** The colour at {@code x, y} as {r, g, b}. */
    static int[] pixel(byte[] rgb, int width, int x, int y) {
        var at = (y * width + x) * 3;
        return new int[] {rgb[at] & 0xff, rgb[at + 1] & 0xff, rgb[at + 2] & 0xff};
    }

    static List<Integer> list(int... values) {
        var list = new ArrayList<Integer>();
        for (var value : values) {
            list.add(value);
        }
        return list;
    }
}
