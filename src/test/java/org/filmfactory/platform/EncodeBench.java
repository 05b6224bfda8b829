package org.filmfactory.platform;

import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bytedeco.javacpp.Loader;

/**
 * Encoding speed of {@link VideoEncoder} beside the {@code ffmpeg} command line encoding the same frames (run with
 * {@code bench/encode-bench.sh}, not by the test suite; nothing is asserted). Per run, for T seconds of 1080×1920 at
 * 30 fps of a moving gradient with text drawn in Java2D:
 * <ul>
 * <li>draw only: the painter alone, to show its share;</li>
 * <li>VideoEncoder: draw on its thread, convert and encode with libx264 through JavaCV;</li>
 * <li>ffmpeg CLI: the same frames drawn in this JVM and piped raw (bgr24) into {@code ffmpeg -f rawvideo … -c:v
 *     libx264} with the same preset, crf and key frame interval, as a separate process.</li>
 * </ul>
 * The CLI is the one inside JavaCV's jar (same libx264 build) unless {@code -Dbench.ffmpeg=/usr/bin/ffmpeg}. Medians
 * are printed and appended to {@code target/bench-encode.txt}.
 */
public final class EncodeBench {

    private static final Path REPORT = Path.of("target", "bench-encode.txt");

    private EncodeBench() {
    }

    public static void main(String[] args) throws Exception {
        var seconds = Integer.getInteger("bench.seconds", 10);
        var runs = Integer.getInteger("bench.runs", 3);
        var preset = System.getProperty("bench.preset", EncoderSettings.DEFAULTS.preset());
        var crf = Integer.getInteger("bench.crf", EncoderSettings.DEFAULTS.crf());
        var format = VideoFormat.VERTICAL_HD;
        var frames = seconds * format.fps();
        var ffmpeg = System.getProperty("bench.ffmpeg", Loader.load(org.bytedeco.ffmpeg.ffmpeg.class));
        var encoder = new VideoEncoder(new EncoderSettings(preset, crf, EncoderSettings.DEFAULTS.bufferedFrames()));
        var work = Files.createTempDirectory("encode-bench");
        var drawOnly = new ArrayList<Double>();
        var ours = new ArrayList<Double>();
        var cli = new ArrayList<Double>();
        var oursSize = 0L;
        var cliSize = 0L;
        // one warm-up of each (natives, JIT), not counted
        encoder.encode(format, format.fps(), EncodeBench::paint, work.resolve("warm.mp4"), p -> { }, () -> false);
        cli(ffmpeg, format, format.fps(), preset, crf, work.resolve("warm-cli.mp4"));
        for (var run = 0; run < runs; run++) {
            var start = System.nanoTime();
            drawAll(format, frames);
            drawOnly.add(fps(frames, start));

            start = System.nanoTime();
            var clip = encoder.encode(format, frames, EncodeBench::paint, work.resolve("ours.mp4"), p -> { },
                    () -> false);
            ours.add(fps(frames, start));
            oursSize = Files.size(clip.path());

            start = System.nanoTime();
            cli(ffmpeg, format, frames, preset, crf, work.resolve("cli.mp4"));
            cli.add(fps(frames, start));
            cliSize = Files.size(work.resolve("cli.mp4"));
        }
        var lines = List.of(
                String.format(Locale.ROOT, "encode %ds of %dx%d@%d, preset %s crf %d, %d runs, %d cores, medians:",
                        seconds, format.width(), format.height(), format.fps(), preset, crf, runs,
                        Runtime.getRuntime().availableProcessors()),
                String.format(Locale.ROOT, "  draw only        %6.1f fps", median(drawOnly)),
                String.format(Locale.ROOT, "  VideoEncoder     %6.1f fps  (%.1f s per second of shot, %d KB)",
                        median(ours), format.fps() / median(ours), oursSize / 1024),
                String.format(Locale.ROOT, "  ffmpeg CLI pipe  %6.1f fps  (%.1f s per second of shot, %d KB) %s",
                        median(cli), format.fps() / median(cli), cliSize / 1024, ffmpeg),
                String.format(Locale.ROOT, "  ratio VideoEncoder / CLI = %.2f  (runs: ours %s, cli %s)",
                        median(ours) / median(cli), rounded(ours), rounded(cli)));
        lines.forEach(System.out::println);
        Files.createDirectories(REPORT.getParent());
        Files.write(REPORT, lines, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        try (var files = Files.list(work)) {
            for (var file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(work);
    }

    /** A storyboard-like frame: a gradient sky panning, a moving disc, a title and a caption. */
    static void paint(Graphics2D g, int frame) {
        var shift = frame * 6f;
        g.setPaint(new GradientPaint(0, shift % 1920, new Color(30, 60, 140), 1080, 1920 - shift % 1920,
                new Color(240, 170, 90)));
        g.fillRect(0, 0, 1080, 1920);
        g.setColor(new Color(250, 240, 220));
        g.fillOval((int) (100 + shift % 800), 500, 260, 260);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 96));
        g.setColor(Color.WHITE);
        g.drawString("SCENE 12 · " + frame, 120, 300);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 54));
        g.drawString("ANNA pours the tea, slowly.", 120, 1200);
    }

    private static void drawAll(VideoFormat format, int frames) {
        var image = new BufferedImage(format.width(), format.height(), BufferedImage.TYPE_3BYTE_BGR);
        for (var frame = 0; frame < frames; frame++) {
            var g = image.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            paint(g, frame);
            g.dispose();
        }
    }

    private static void cli(String ffmpeg, VideoFormat format, int frames, String preset, int crf, Path target)
            throws IOException, InterruptedException {
        var process = new ProcessBuilder(ffmpeg, "-v", "error", "-y", "-f", "rawvideo", "-pix_fmt", "bgr24", "-s",
                format.width() + "x" + format.height(), "-r", Integer.toString(format.fps()), "-i", "-", "-an",
                "-c:v", "libx264", "-preset", preset, "-crf", Integer.toString(crf), "-g",
                Integer.toString(format.fps() * 2), "-pix_fmt", "yuv420p", "-movflags", "+faststart",
                target.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        var image = new BufferedImage(format.width(), format.height(), BufferedImage.TYPE_3BYTE_BGR);
        var pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        try (OutputStream raw = process.getOutputStream()) {
            for (var frame = 0; frame < frames; frame++) {
                var g = image.createGraphics();
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                paint(g, frame);
                g.dispose();
                raw.write(pixels);
            }
        }
        if (process.waitFor() != 0) {
            throw new IOException("ffmpeg failed");
        }
    }

    private static double fps(int frames, long start) {
        return frames / ((System.nanoTime() - start) / 1e9);
    }

    private static double median(List<Double> values) {
        var sorted = values.stream().sorted().toList();
        var middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static String rounded(List<Double> values) {
        return values.stream().map(v -> String.format(Locale.ROOT, "%.1f", v)).toList().toString();
    }
}
