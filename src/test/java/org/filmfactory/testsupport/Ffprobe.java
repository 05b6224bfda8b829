package org.filmfactory.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Debian's {@code ffprobe} (installed by {@code .ci/run}) as an independent judge of what our media code writes: a
 * different FFmpeg build from the one inside JavaCV, so a test that agrees with it does not merely agree with itself.
 */
public final class Ffprobe {

    private static final String BINARY = "/usr/bin/ffprobe";

    private Ffprobe() {
    }

    /**
     * The first video stream's fields, frames counted by decoding ({@code -count_frames}): codec_name, pix_fmt, width,
     * height, r_frame_rate, avg_frame_rate, time_base, duration_ts, nb_read_frames, start_pts.
     */
    public static Map<String, String> videoStream(Path file) throws IOException {
        return fields(run(List.of("-v", "error", "-count_frames", "-select_streams", "v:0", "-show_entries",
                "stream=codec_name,pix_fmt,width,height,r_frame_rate,avg_frame_rate,time_base,duration_ts,"
                        + "nb_read_frames,start_pts",
                "-of", "default=noprint_wrappers=1", file.toString())));
    }

    /** The codec type of every stream, in order ({@code video}, {@code audio}). */
    public static List<String> streamTypes(Path file) throws IOException {
        var out = run(List.of("-v", "error", "-show_entries", "stream=codec_type", "-of", "csv=p=0", file.toString()));
        return out.lines().filter(line -> !line.isBlank()).map(String::strip).toList();
    }

    private static Map<String, String> fields(String output) {
        var fields = new LinkedHashMap<String, String>();
        output.lines().map(line -> line.split("=", 2)).filter(kv -> kv.length == 2)
                .forEach(kv -> fields.put(kv[0], kv[1]));
        return fields;
    }

    private static String run(List<String> arguments) throws IOException {
        var command = new ArrayList<String>();
        command.add(BINARY);
        command.addAll(arguments);
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException("ffprobe failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        return output;
    }
}
