package org.filmfactory.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.bytedeco.javacpp.Loader;

/**
 * FFmpeg's own {@code ebur128} filter (the CLI inside the JavaCV jar) as an independent judge of the studio's
 * loudness meter: {@code ffmpeg -i FILE -af ebur128=peak=true -f null -}, its summary's integrated loudness and true
 * peak (printed to one decimal).
 */
public final class Ebur128 {

    private static final Pattern INTEGRATED = Pattern.compile("I:\\s+(-?[0-9.]+|-inf) LUFS");
    private static final Pattern PEAK = Pattern.compile("Peak:\\s+(-?[0-9.]+|-inf) dBFS");

    /** What ffmpeg measured. */
    public record Measured(double integratedLufs, double truePeakDbtp) {
    }

    private Ebur128() {
    }

    /** The ffmpeg executable unpacked from the JavaCV jar. */
    public static String ffmpeg() {
        return Loader.load(org.bytedeco.ffmpeg.ffmpeg.class);
    }

    public static Measured measure(Path file) throws IOException {
        var output = run(List.of(ffmpeg(), "-nostats", "-hide_banner", "-i", file.toString(), "-af",
                "ebur128=peak=true", "-f", "null", "-"));
        var summary = output.substring(output.lastIndexOf("Summary:"));
        var integrated = INTEGRATED.matcher(summary);
        var peak = PEAK.matcher(summary);
        if (!integrated.find() || !peak.find()) {
            throw new IOException("no ebur128 summary in: " + summary);
        }
        return new Measured(number(integrated.group(1)), number(peak.group(1)));
    }

    /** Runs the ffmpeg CLI with these arguments (after the executable) and answers its output. */
    public static String ffmpeg(List<String> arguments) throws IOException {
        var command = new java.util.ArrayList<String>();
        command.add(ffmpeg());
        command.addAll(arguments);
        return run(command);
    }

    private static double number(String text) {
        return "-inf".equals(text) ? Double.NEGATIVE_INFINITY : Double.parseDouble(text);
    }

    private static String run(List<String> command) throws IOException {
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException("ffmpeg failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        return output;
    }
}
