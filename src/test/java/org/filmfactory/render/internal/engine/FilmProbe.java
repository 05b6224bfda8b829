package org.filmfactory.render.internal.engine;

import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.bytedeco.javacpp.Loader;

/**
 * The {@code ffprobe} inside JavaCV's jar (no system FFmpeg needed) reading a film's streams and format, frames
 * counted by decoding, plus the MP4's top-level boxes read by hand.
 */
final class FilmProbe {

    private FilmProbe() {
    }

    /** Every field of every stream and of the format, flat: {@code streams.stream.0.codec_name} → {@code h264}. */
    static Map<String, String> probe(Path file) throws IOException {
        var output = run(List.of("-v", "error", "-count_frames", "-show_streams", "-show_format", "-of", "flat",
                file.toString()));
        var fields = new LinkedHashMap<String, String>();
        output.lines().map(line -> line.split("=", 2)).filter(kv -> kv.length == 2)
                .forEach(kv -> fields.put(kv[0], kv[1].replaceAll("^\"|\"$", "")));
        return fields;
    }

    /** The MP4's top-level box types in file order ({@code ftyp}, {@code moov}, {@code mdat}, …). */
    static List<String> topLevelBoxes(Path file) throws IOException {
        var boxes = new ArrayList<String>();
        try (var in = new DataInputStream(Files.newInputStream(file))) {
            var position = 0L;
            var length = Files.size(file);
            while (position < length) {
                long size = Integer.toUnsignedLong(in.readInt());
                var type = new String(in.readNBytes(4), StandardCharsets.ISO_8859_1);
                var header = 8L;
                if (size == 1) {
                    size = in.readLong();
                    header = 16;
                } else if (size == 0) {
                    size = length - position;
                }
                boxes.add(type);
                in.skipNBytes(size - header);
                position += size;
            }
        }
        return boxes;
    }

    static String ffmpeg() {
        return Loader.load(org.bytedeco.ffmpeg.ffmpeg.class);
    }

    private static String run(List<String> arguments) throws IOException {
        var command = new ArrayList<String>();
        command.add(Loader.load(org.bytedeco.ffmpeg.ffprobe.class));
        command.addAll(arguments);
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException("ffprobe failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        return output;
    }
}
