package org.filmfactory.take.internal.animatic;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.filmfactory.breakdown.BreakdownScene;
import org.filmfactory.breakdown.CameraMove;
import org.filmfactory.breakdown.ShotType;
import org.filmfactory.platform.VideoEncoder;
import org.filmfactory.take.GenerationProgress;
import org.filmfactory.take.ShotBrief;

/**
 * Animatic generation time per second of shot at 1080×1920, 30 fps: drawing alone (set-up plus every frame painted
 * into an image, as the encoder's drawing thread does) and drawing plus encoding (the generator end to end, libx264
 * veryfast). Prints medians over a few runs of a few shot kinds. Run by {@code bench/animatic-bench.sh}.
 */
final class AnimaticBench {

    private AnimaticBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 6;
        var shots = List.of(
                Shots.brief(ShotType.WIDE, CameraMove.PAN, BreakdownScene.Setting.EXTERIOR, "DAY",
                        List.of("老王", "林姐"), 1, Duration.ofSeconds(seconds)),
                Shots.brief(ShotType.MEDIUM, CameraMove.DOLLY, BreakdownScene.Setting.INTERIOR, "NIGHT",
                        List.of("老王", "林姐"), 1, Duration.ofSeconds(seconds)),
                Shots.brief(ShotType.CLOSE_UP, CameraMove.HANDHELD, BreakdownScene.Setting.INTERIOR, "清晨",
                        List.of("林姐"), 1, Duration.ofSeconds(seconds)),
                Shots.brief(ShotType.OVER_THE_SHOULDER, CameraMove.STATIC, BreakdownScene.Setting.INTERIOR, "DAY",
                        List.of("林姐", "老王"), 1, Duration.ofSeconds(seconds)));
        var encoder = new VideoEncoder();
        var work = Files.createTempDirectory("animatic-bench");
        // Warm-up: font, JIT, FFmpeg natives.
        draw(shots.getFirst());
        new Animatic(encoder).render(shots.getFirst(), work.resolve("warm.mp4"), new Silent());
        System.out.printf(Locale.ROOT, "animatic bench: 1080x1920 30 fps, %d s shots, %d runs, %d cores, x264 %s%n",
                seconds, runs, Runtime.getRuntime().availableProcessors(), encoder.settings().preset());
        System.out.println("shot                         draw s/s  draw fps  draw+encode s/s  draw+encode fps");
        double[] allDraw = new double[shots.size()];
        double[] allBoth = new double[shots.size()];
        for (int s = 0; s < shots.size(); s++) {
            var brief = shots.get(s);
            double[] drawing = new double[runs];
            double[] both = new double[runs];
            for (int r = 0; r < runs; r++) {
                drawing[r] = draw(brief);
                long start = System.nanoTime();
                new Animatic(encoder).render(brief, work.resolve("bench.mp4"), new Silent());
                both[r] = (System.nanoTime() - start) / 1e9;
            }
            double d = median(drawing) / seconds;
            double b = median(both) / seconds;
            allDraw[s] = d;
            allBoth[s] = b;
            System.out.printf(Locale.ROOT, "%-28s %8.3f  %8.1f  %15.3f  %15.1f%n",
                    brief.type() + "/" + brief.move(), d, 30 / d, b, 30 / b);
        }
        System.out.printf(Locale.ROOT, "median over shots: drawing %.3f s per second of shot, drawing + encoding %.3f s"
                + " per second of shot%n", median(allDraw), median(allBoth));
        try (var files = Files.list(work)) {
            for (var file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(work);
    }

    private static double draw(ShotBrief brief) {
        long start = System.nanoTime();
        var painter = new AnimaticPainter(brief);
        var image = new BufferedImage(1080, 1920, BufferedImage.TYPE_3BYTE_BGR);
        var g = image.createGraphics();
        for (int frame = 0; frame < painter.frameCount(); frame++) {
            painter.paint(g, frame);
        }
        g.dispose();
        return (System.nanoTime() - start) / 1e9;
    }

    private static double median(double[] values) {
        var sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    private static final class Silent implements GenerationProgress {

        @Override
        public void progress(int percent, String stageKey) {
        }

        @Override
        public boolean stopping() {
            return false;
        }
    }
}
