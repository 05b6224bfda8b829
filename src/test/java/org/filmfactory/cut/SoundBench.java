package org.filmfactory.cut;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.filmfactory.platform.SoundMix;
import org.filmfactory.platform.SoundMixer;
import org.filmfactory.testsupport.TestSounds;

/**
 * The sound figures of issue 13 (run with {@code bench/sound-bench.sh}, not by the test suite; nothing is asserted),
 * for T seconds (default 60): the loudness meter's speed on a stereo 48 kHz WAV (seconds of sound per second), the
 * mix of a film (a line every 3 s recorded at 22 050 Hz, a 30 s bed looped, ducked, normalised, limited), and the
 * built-in score (four scenes of four moods) rendered by Gervill. Medians of N runs, appended to
 * {@code target/bench-sound.txt}.
 */
public final class SoundBench {

    private static final Path REPORT = Path.of("target", "bench-sound.txt");

    private SoundBench() {
    }

    public static void main(String[] args) throws Exception {
        var seconds = Integer.getInteger("bench.seconds", 60);
        var runs = Integer.getInteger("bench.runs", 3);
        var work = Files.createTempDirectory("sound-bench");
        var rate = SoundMix.RATE;
        var noise = TestSounds.writeFloatWav(work.resolve("noise.wav"), rate, 2,
                TestSounds.pinkNoise(rate, 2, seconds, 0.4, 1));
        var line = TestSounds.write16BitWav(work.resolve("line.wav"), 22_050, 1,
                TestSounds.pinkNoise(22_050, 1, 2, 0.3, 2));
        var bed = TestSounds.writeFloatWav(work.resolve("bed.wav"), rate, 2,
                TestSounds.pinkNoise(rate, 2, 30, 0.3, 3));
        var voices = new ArrayList<SoundMix.Voice>();
        for (var at = 1; at + 2 < seconds; at += 3) {
            voices.add(new SoundMix.Voice(line, (long) at * rate, 0));
        }
        var mix = new SoundMix((long) seconds * rate, voices, new SoundMix.Music(bed, -12, -10, 250));
        var quarter = seconds / 4.0;
        var scenes = List.of(new ScoreScene("EXT. HARBOUR - NIGHT", "A gun. She runs.", quarter),
                new ScoreScene("INT. KITCHEN - DAY", "Tom pours coffee.", quarter),
                new ScoreScene("外景 公园 日", "孩子们开心地笑着跳舞。", quarter),
                new ScoreScene("内景 医院 夜", "林哭了。", quarter));

        var meter = new ArrayList<Double>();
        var mixing = new ArrayList<Double>();
        var score = new ArrayList<Double>();
        for (var run = 0; run < runs; run++) {
            var start = System.nanoTime();
            SoundMixer.measure(noise);
            meter.add(seconds / elapsed(start));

            start = System.nanoTime();
            SoundMixer.mix(mix, work.resolve("mix.wav"));
            mixing.add(elapsed(start));

            start = System.nanoTime();
            Score.compose(scenes, run + 1, work.resolve("score.wav"));
            score.add(elapsed(start));
        }
        var report = String.format(Locale.ROOT,
                "sound %d s, %d runs (medians): meter %.0f s of sound per s; mix %.2f s; score %.2f s (%.1fx real"
                        + " time)%n",
                seconds, runs, median(meter), median(mixing), median(score), seconds / median(score));
        System.out.print(report);
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, report, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        try (var files = Files.list(work)) {
            for (var file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(work);
    }

    private static double elapsed(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static double median(List<Double> values) {
        var sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
