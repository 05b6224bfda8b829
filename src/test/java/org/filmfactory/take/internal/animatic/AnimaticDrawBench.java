package org.filmfactory.take.internal.animatic;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.filmfactory.breakdown.BreakdownScene;
import org.filmfactory.breakdown.CameraMove;
import org.filmfactory.breakdown.ShotType;
import org.filmfactory.take.ShotBrief;

/**
 * The CPU time of drawing animatic frames alone at 1080×1920, as a film's drawing thread spends it: every frame painted
 * into a reused BGR image cleared to black (what the encoder hands the painter), the set-up of each shot's painter
 * included. Measured as this thread's CPU time (ThreadMXBean), which other work on the machine disturbs less than wall
 * time. Shots: the kinds the offline breakdown makes (mostly a still camera) plus the moving cameras. Run by
 * {@code bench/animatic-draw-bench.sh}; arguments: [SECONDS PER SHOT (default 4)] [RUNS (default 3)].
 */
final class AnimaticDrawBench {

    private AnimaticDrawBench() {
    }

    public static void main(String[] args) {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        var length = Duration.ofSeconds(seconds);
        var interior = BreakdownScene.Setting.INTERIOR;
        var exterior = BreakdownScene.Setting.EXTERIOR;
        var two = List.of("老王", "林姐");
        var shots = List.of(
                Shots.brief(ShotType.WIDE, CameraMove.STATIC, interior, "DAY", two, 1, length),
                Shots.brief(ShotType.MEDIUM, CameraMove.STATIC, interior, "NIGHT", List.of("老王"), 2, length),
                Shots.brief(ShotType.TWO_SHOT, CameraMove.STATIC, exterior, "DAY", two, 3, length),
                Shots.brief(ShotType.CLOSE_UP, CameraMove.STATIC, interior, "清晨", List.of("林姐"), 4, length),
                Shots.brief(ShotType.OVER_THE_SHOULDER, CameraMove.STATIC, interior, "DAY", two, 5, length),
                Shots.brief(ShotType.INSERT, CameraMove.STATIC, interior, "DAY", List.of("老王"), 6, length),
                Shots.brief(ShotType.WIDE, CameraMove.PAN, exterior, "DAY", two, 7, length),
                Shots.brief(ShotType.MEDIUM, CameraMove.DOLLY, interior, "NIGHT", two, 8, length),
                Shots.brief(ShotType.CLOSE_UP, CameraMove.HANDHELD, interior, "清晨", List.of("林姐"), 9, length));
        var threads = ManagementFactory.getThreadMXBean();
        var image = new BufferedImage(1080, 1920, BufferedImage.TYPE_3BYTE_BGR);
        // Warm-up: the font, the JIT.
        for (var brief : shots) {
            draw(brief, image);
        }
        System.out.printf(Locale.ROOT, "animatic draw bench: 1080x1920 30 fps, %d s shots, best of %d runs, %d cores,"
                + " load average %s%n", seconds, runs, Runtime.getRuntime().availableProcessors(), load());
        System.out.println("shot                                  cpu ms/frame  frames/cpu-s");
        double totalCpu = 0;
        long totalFrames = 0;
        double stillCpu = 0;
        long stillFrames = 0;
        for (var brief : shots) {
            double best = Double.MAX_VALUE;
            int frames = 0;
            for (int r = 0; r < runs; r++) {
                long start = threads.getCurrentThreadCpuTime();
                frames = draw(brief, image);
                best = Math.min(best, (threads.getCurrentThreadCpuTime() - start) / 1e9);
            }
            totalCpu += best;
            totalFrames += frames;
            if (brief.move() == CameraMove.STATIC) {
                stillCpu += best;
                stillFrames += frames;
            }
            System.out.printf(Locale.ROOT, "%-37s %12.2f  %12.1f%n", brief.type() + "/" + brief.move() + "/"
                    + brief.timeOfDay(), best * 1000 / frames, frames / best);
        }
        System.out.printf(Locale.ROOT, "still camera: %.2f cpu ms/frame (%.1f frames per cpu second); all shots: %.2f"
                + " cpu ms/frame (%.1f frames per cpu second); load average after %s%n", stillCpu * 1000 / stillFrames,
                stillFrames / stillCpu, totalCpu * 1000 / totalFrames, totalFrames / totalCpu, load());
    }

    private static int draw(ShotBrief brief, BufferedImage image) {
        var painter = new AnimaticPainter(brief);
        for (int frame = 0; frame < painter.frameCount(); frame++) {
            Graphics2D g = image.createGraphics();
            g.setBackground(Color.BLACK);
            g.clearRect(0, 0, image.getWidth(), image.getHeight());
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            painter.paint(g, frame);
            g.dispose();
        }
        return painter.frameCount();
    }

    private static String load() {
        try {
            var fields = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
