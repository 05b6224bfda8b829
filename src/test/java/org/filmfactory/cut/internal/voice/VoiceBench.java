package org.filmfactory.cut.internal.voice;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.filmfactory.breakdown.Breakdowns;
import org.filmfactory.cut.Card;
import org.filmfactory.cut.Clip;
import org.filmfactory.cut.ClipId;
import org.filmfactory.cut.CutSnapshot;
import org.filmfactory.cut.Transition;
import org.filmfactory.cut.Voices;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.screenplay.ScriptEditing;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.StudioNodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The offline voice's speed and {@code timedLines} on a long script (run with {@code bench/voice-bench.sh}, not by
 * the test suite; nothing is asserted). Appended to {@code target/bench-voice.txt}.
 */
public final class VoiceBench {

    private static final Logger log = LoggerFactory.getLogger(VoiceBench.class);
    static final Path REPORT = Path.of("target", "bench-voice.txt");
    static final String[] CAST = {"MAYA", "TOM", "GRANDMA", "DETECTIVE RUIZ", "JIN", "SAM"};
    static final String[] ENGLISH = {
        "The train leaves at seven, so we have to hurry.",
        "I told you the keys were in the kitchen drawer.",
        "Nobody comes down this road after dark anymore.",
        "If the letter is not posted tonight, it will be too late.",
        "Tell me again what you saw on the bridge.",
        "We could wait for the rain to stop, but it never does."};
    static final String[] CHINESE = {
        "你好，今天天气很好，我们去公园散步吧。",
        "火车七点开，我们得快一点。",
        "这封信今晚必须寄出去。",
        "我告诉过你，钥匙在厨房的抽屉里。",
        "天黑以后，没有人会走这条路。",
        "再说一遍，你在桥上看到了什么？"};

    private VoiceBench() {
    }

    public static void main(String[] args) throws Exception {
        var folder = Files.createTempDirectory("voice-bench");
        OfflineVoice.speak("Warm up.", "espeak:en-us", folder.resolve("warm.wav"));
        report(synthesis("English", ENGLISH, "espeak:en-us+m3", folder));
        report(synthesis("Mandarin", CHINESE, "espeak:cmn+f2", folder));

        try (var nodes = new StudioNodes(1).start("--logging.level.root=WARN")) {
            var node = nodes.node(0);
            Actors.create(node, "Bea Bench").signIn();
            var project = node.getBean(ProjectManagement.class)
                    .create(new NewProject("Long night", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
            var revision = node.getBean(ScriptEditing.class).save(project, 0, script(150)).revision();
            var breakdowns = node.getBean(Breakdowns.class);
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (breakdowns.shotList(project).scriptRevision() != revision && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            var shots = breakdowns.shots(project);
            var clips = shots.stream().map(shot -> new Clip(ClipId.random(), shot.id(), null, 0,
                    Math.max(1, (int) (shot.duration().toMillis() * 30 / 1000)), Transition.CUT, 0)).toList();
            var cut = new CutSnapshot(project, 1, 30, 1080, 1920, Card.NONE, clips, Card.NONE, revision,
                    Instant.now());
            var voices = node.getBean(Voices.class);
            long start = System.nanoTime();
            var cold = voices.timedLines(project, cut);
            long coldNanos = System.nanoTime() - start;
            start = System.nanoTime();
            var warm = voices.timedLines(project, cut);
            long warmNanos = System.nanoTime() - start;
            start = System.nanoTime();
            voices.timedLines(project, cut);
            long warm2Nanos = System.nanoTime() - start;
            long overruns = cold.stream().filter(line -> line.overrun()).count();
            report(String.format(Locale.ROOT, "timedLines 150 scenes: %d shots, %d lines (%d overrun), cold %.1f s,"
                    + " warm %.0f ms then %.0f ms (same result: %s)", shots.size(), cold.size(), overruns,
                    coldNanos / 1e9, warmNanos / 1e6, warm2Nanos / 1e6, cold.equals(warm)));
        }
    }

    private static String synthesis(String language, String[] lines, String voice, Path folder) throws IOException {
        double audio = 0;
        long nanos = 0;
        for (int round = 0; round < 5; round++) {
            for (int i = 0; i < lines.length; i++) {
                long start = System.nanoTime();
                var said = OfflineVoice.speak(lines[i], voice, folder.resolve("line" + i + ".wav"));
                nanos += System.nanoTime() - start;
                audio += said.toNanos() / 1e9;
            }
        }
        return String.format(Locale.ROOT, "synthesis %s (%s): %.1f ms per second of speech (%.1f s of speech in"
                + " %.0f ms, %d lines; %.0fx real time)", language, voice, nanos / 1e6 / audio, audio, nanos / 1e6,
                lines.length * 5, audio / (nanos / 1e9));
    }

    static String script(int scenes) {
        var text = new StringBuilder();
        for (int scene = 1; scene <= scenes; scene++) {
            text.append(scene % 2 == 0 ? "INT. " : "EXT. ").append("PLACE ").append(scene).append(" - NIGHT\n\n");
            text.append("Rain on the windows of place ").append(scene).append(".\n\n");
            for (int line = 0; line < 3; line++) {
                var speaker = CAST[(scene + line) % CAST.length];
                text.append(speaker).append('\n').append(ENGLISH[(scene * 3 + line) % ENGLISH.length])
                        .append(" Scene ").append(scene).append(".\n\n");
            }
        }
        return text.toString();
    }

    private static void report(String line) throws IOException {
        log.warn(line);
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, Instant.now() + " " + line + System.lineSeparator(), StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }
}
