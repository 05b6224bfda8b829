package org.filmfactory.factory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.filmfactory.breakdown.ScriptBreakdown;
import org.filmfactory.breakdown.ScriptLine;
import org.filmfactory.cut.Speech;
import org.filmfactory.testsupport.Ffprobe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The headless {@code render} command end to end on a small English and a small Chinese script, judged by Debian's
 * ffprobe and by reading the subtitles back. The film's expected length is worked out here from the breakdown's shot
 * lengths and the spoken lines' lengths, by the rule the command promises: 6 frames in, 6 between lines, a shot
 * lengthened to its last line's end plus 6 frames when its lines need it.
 */
class RenderCommandIT {

    private static final int FPS = 30;
    private static final Pattern SRT_TIME = Pattern.compile(
            "(\\d\\d):(\\d\\d):(\\d\\d),(\\d{3}) --> (\\d\\d):(\\d\\d):(\\d\\d),(\\d{3})");
    private static final Pattern VTT_TIME = Pattern.compile(
            "(\\d\\d):(\\d\\d):(\\d\\d)\\.(\\d{3}) --> (\\d\\d):(\\d\\d):(\\d\\d)\\.(\\d{3}).*");

    @TempDir
    Path work;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void rendersAnEnglishScriptIntoAFilmWithItsSubtitles() throws Exception {
        var script = fixture("/screenplay/demo/en.fountain", "rain-city.fountain");
        var dir = work.resolve("out");

        assertThat(run(script.toString(), "--out", dir.toString(), "--preset", "preview", "--seed", "3"))
                .as(err()).isZero();

        var expected = expected(Files.readString(script), Locale.ENGLISH);
        assertThat(expected.cues()).extracting(Cue::text).containsExactly(
                "Four minutes. I can do four minutes.", "One letter. Registered. It has to go tonight.",
                "It's past midnight, kid.", "Then it never arrives. Please.", "Where did you get this?");
        checkFilm(dir, "rain-city", 540, 960, expected);
        assertThat(out()).startsWith("render: 3 scenes, ").contains("% speaking the lines\n")
                .contains("% drawing the picture").endsWith(" frames)\n");
        assertThat(err()).isEmpty();
    }

    @Test
    void rendersAChineseScriptWithChineseSubtitles() throws Exception {
        var script = fixture("/factory/zh-hello-fountain.fountain", "你好.fountain");
        var dir = work.resolve("成片");

        assertThat(run(script.toString(), "--out", dir.toString(), "--preset", "preview", "--lang", "zh",
                "--no-subtitles")).as(err()).isZero();

        var expected = expected(Files.readString(script), Locale.SIMPLIFIED_CHINESE);
        assertThat(expected.cues()).extracting(Cue::text).containsExactly(
                "角色1的台词。角色1的台词。角色1的台词。角色1的台词。角色1的台词。角色1的台词。角色1的台词。",
                "角色2的台词。角色2的台词。角色2的台词。角色2的台词。角色2的台词。");
        assertThat(expected.lengthened()).as("a line longer than its shot lengthens it").isTrue();
        checkFilm(dir, "你好", 540, 960, expected);
        assertThat(err()).isEmpty();
    }

    private void checkFilm(Path dir, String name, int width, int height, Expected expected) throws IOException {
        var film = dir.resolve(name + ".mp4");
        assertThat(Ffprobe.streamTypes(film)).containsExactly("video", "audio");
        var video = Ffprobe.videoStream(film);
        assertThat(video).containsEntry("codec_name", "h264").containsEntry("width", String.valueOf(width))
                .containsEntry("height", String.valueOf(height)).containsEntry("pix_fmt", "yuv420p")
                .containsEntry("r_frame_rate", FPS + "/1");
        assertThat(Long.parseLong(video.get("nb_read_frames"))).isEqualTo(expected.frames());
        String[] timeBase = video.get("time_base").split("/");
        double seconds = Long.parseLong(video.get("duration_ts")) * Double.parseDouble(timeBase[0])
                / Double.parseDouble(timeBase[1]);
        assertThat(seconds).isCloseTo(expected.frames() / (double) FPS, within(1.0 / FPS));

        assertThat(srt(dir.resolve(name + ".srt"))).containsExactlyElementsOf(expected.cues());
        assertThat(vtt(dir.resolve(name + ".vtt"))).containsExactlyElementsOf(expected.cues());
    }

    /** A subtitle as read back: its text and its times rounded to whole milliseconds. */
    record Cue(long startMillis, long endMillis, String text) {
    }

    record Expected(long frames, List<Cue> cues, boolean lengthened) {
    }

    /** Works out the film from the script: every shot's frames, its lines' times, shots lengthened to fit. */
    private Expected expected(String text, Locale language) throws IOException {
        var breakdown = ScriptBreakdown.of(text, language);
        var cues = new ArrayList<Cue>();
        long start = 0;
        boolean lengthened = false;
        int n = 0;
        for (var shot : breakdown.shots()) {
            long frames = Math.max(1, Math.round(shot.duration().toMillis() * FPS / 1000.0));
            long at = start + 6;
            long end = start;
            for (var line : breakdown.linesOf(shot)) {
                if (line.kind() != ScriptLine.Kind.DIALOGUE) {
                    continue;
                }
                Duration said = Speech.speak(line.text(), Speech.defaultVoice(line.character(), language),
                        work.resolve("expected-" + ++n + ".wav"));
                long lineFrames = (said.toNanos() * FPS + 999_999_999L) / 1_000_000_000L;
                cues.add(new Cue(Math.round(at * 1000.0 / FPS), Math.round((at + lineFrames) * 1000.0 / FPS),
                        line.text()));
                end = at + lineFrames;
                at = end + 6;
            }
            if (end + 6 - start > frames && end > start) {
                frames = end + 6 - start;
                lengthened = true;
            }
            start += frames;
        }
        return new Expected(start, cues, lengthened);
    }

    private static List<Cue> srt(Path file) throws IOException {
        var cues = new ArrayList<Cue>();
        for (var block : Files.readString(file, StandardCharsets.UTF_8).strip().split("\\R\\R+")) {
            var lines = block.strip().lines().toList();
            var times = SRT_TIME.matcher(lines.get(1));
            assertThat(times.matches()).as(lines.get(1)).isTrue();
            cues.add(new Cue(millis(times, 1), millis(times, 5), String.join("\n", lines.subList(2, lines.size()))));
        }
        return cues;
    }

    private static List<Cue> vtt(Path file) throws IOException {
        var text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("WEBVTT");
        var cues = new ArrayList<Cue>();
        for (var block : text.strip().split("\\R\\R+")) {
            var lines = block.strip().lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                var times = VTT_TIME.matcher(lines.get(i));
                if (times.matches()) {
                    cues.add(new Cue(millis(times, 1), millis(times, 5),
                            String.join("\n", lines.subList(i + 1, lines.size()))));
                    break;
                }
            }
        }
        return cues;
    }

    private static long millis(java.util.regex.Matcher times, int group) {
        return ((Long.parseLong(times.group(group)) * 60 + Long.parseLong(times.group(group + 1))) * 60
                + Long.parseLong(times.group(group + 2))) * 1000 + Long.parseLong(times.group(group + 3));
    }

    private Path fixture(String resource, String name) throws IOException {
        try (var in = getClass().getResourceAsStream(resource)) {
            return Files.write(work.resolve(name), in.readAllBytes());
        }
    }

    private int run(String... args) {
        var all = new String[args.length + 1];
        all[0] = RenderCommand.NAME;
        System.arraycopy(args, 0, all, 1, args.length);
        return RenderCommand.run(all, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Locale.ENGLISH);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
