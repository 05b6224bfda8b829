package org.filmfactory.render.internal.engine;

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
import org.filmfactory.cut.Card;
import org.filmfactory.cut.Transition;
import org.filmfactory.platform.EncoderSettings;
import org.filmfactory.platform.FramePainter;
import org.filmfactory.platform.SoundMix;
import org.filmfactory.render.ClipSource;
import org.filmfactory.render.FilmEngine;
import org.filmfactory.render.Preset;
import org.filmfactory.render.RenderListener;
import org.filmfactory.render.RenderPlan;
import org.filmfactory.render.SegmentCache;

/**
 * Render speed of {@link FilmEngine} beside the {@code ffmpeg} command line (run with {@code bench/film-render-bench.sh},
 * not by the test suite; nothing is asserted): a vertical film of T seconds (default 60) of painted frames in
 * 6-second shots with crossfades, burned subtitles and one voice, rendered whole; then the same frames drawn in this
 * JVM and piped raw into {@code ffmpeg -f rawvideo … -c:v libx264} with the same x264 settings (veryfast, crf 20,
 * High, VBV 8000k/16000k, 2-second GOP, BT.709) plus the voice WAV encoded to AAC 192k, {@code +faststart}. Prints
 * seconds, realtime factor, the ratio and the JVM's peak RSS; appends to {@code target/bench-film-render.txt}.
 */
public final class FilmRenderBench {

    private static final Path REPORT = Path.of("target", "bench-film-render.txt");

    private FilmRenderBench() {
    }

    public static void main(String[] args) throws Exception {
        var seconds = Integer.getInteger("bench.seconds", 60);
        var preset = Preset.VERTICAL;
        var frames = seconds * preset.fps();
        var work = Files.createTempDirectory("film-render-bench");
        var voice = TestSound.sine(work.resolve("voice.wav"), SoundMix.RATE, (long) seconds * SoundMix.RATE, 220, 0.3);
        var clips = new ArrayList<RenderPlan.Clip>();
        var cues = new ArrayList<RenderPlan.Cue>();
        var shot = 6 * preset.fps();
        var fade = 15;
        for (var start = 0; start < frames; start += shot - fade) {
            var length = Math.min(shot, frames - start);
            if (length <= fade) {
                break;
            }
            final var offset = start;
            clips.add(new RenderPlan.Clip("shot " + clips.size(), new ClipSource.Painted(
                    () -> (FramePainter) (g, frame) -> paint(g, offset + frame), preset.width(), preset.height(),
                    "shot-" + clips.size()), start, 0, length, clips.isEmpty() ? Transition.CUT : Transition.CROSSFADE,
                    clips.isEmpty() ? 0 : fade));
            cues.add(new RenderPlan.Cue(start + 10, start + length - 20, clips.size() % 2 == 0
                    ? "她慢慢地倒茶，看着窗外的雨。" : "She pours the tea slowly, watching the rain outside."));
        }
        var last = clips.getLast();
        var length = last.start() + last.frames();
        var plan = new RenderPlan(preset, Locale.ENGLISH, Card.NONE, clips, Card.NONE, length, length, cues, true,
                new SoundMix(0, List.of(new SoundMix.Voice(voice, 0, 0)), null));
        var engine = new FilmEngine(EncoderSettings.DEFAULTS);
        var start = System.nanoTime();
        var film = engine.render(plan, work, "film", SegmentCache.NONE, RenderListener.NONE, () -> false);
        var ours = (System.nanoTime() - start) / 1e9;
        var rss = peakRss();

        start = System.nanoTime();
        cli(preset, length, voice, work.resolve("cli.mp4"));
        var cli = (System.nanoTime() - start) / 1e9;
        var lines = List.of(
                String.format(Locale.ROOT, "film render %d s of %dx%d@%d (%d frames, %d clips with crossfades, "
                        + "subtitles, voice), %d cores:", seconds, preset.width(), preset.height(), preset.fps(),
                        length, clips.size(), Runtime.getRuntime().availableProcessors()),
                String.format(Locale.ROOT, "  FilmEngine  %6.1f s  (%.2f× realtime, %.1f fps, %d KB, loudness %.1f "
                        + "LUFS)", ours, seconds / ours, length / ours, Files.size(film.film()) / 1024,
                        film.loudness().integratedLufs()),
                String.format(Locale.ROOT, "  ffmpeg CLI  %6.1f s  (%.2f× realtime, %.1f fps, %d KB) %s", cli,
                        seconds / cli, length / cli, Files.size(work.resolve("cli.mp4")) / 1024, FilmProbe.ffmpeg()),
                String.format(Locale.ROOT, "  ratio FilmEngine speed / CLI speed = %.2f; JVM peak RSS %d MiB",
                        cli / ours, rss / 1024));
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

    /** A storyboard-like frame, as in the encode bench: a panning gradient, a moving disc, a heading. */
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
    }

    /** The same pictures (without crossfades or subtitles: the CLI gets the cheaper job) piped into ffmpeg. */
    private static void cli(Preset preset, int frames, Path voice, Path target) throws IOException, InterruptedException {
        var process = new ProcessBuilder(FilmProbe.ffmpeg(), "-v", "error", "-y", "-f", "rawvideo", "-pix_fmt",
                "bgr24", "-s", preset.width() + "x" + preset.height(), "-r", Integer.toString(preset.fps()), "-i",
                "-", "-i", voice.toString(), "-c:v", "libx264", "-preset", "veryfast", "-crf", "20", "-profile:v",
                "high", "-maxrate", preset.maxVideoKbps() + "k", "-bufsize", 2 * preset.maxVideoKbps() + "k", "-g",
                Integer.toString(preset.fps() * 2), "-pix_fmt", "yuv420p", "-colorspace", "bt709",
                "-color_primaries", "bt709", "-color_trc", "bt709", "-c:a", "aac", "-b:a",
                preset.audioKbps() + "k", "-ar", "48000", "-ac", "2", "-shortest", "-movflags", "+faststart",
                target.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        var image = new BufferedImage(preset.width(), preset.height(), BufferedImage.TYPE_3BYTE_BGR);
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

    private static long peakRss() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(line -> line.startsWith("VmHWM:"))
                .map(line -> Long.parseLong(line.replaceAll("\\D", ""))).findFirst().orElse(0L);
    }
}
