package org.filmfactory.factory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.filmfactory.breakdown.ScriptBreakdown;
import org.filmfactory.breakdown.ScriptLine;
import org.filmfactory.cut.Speech;
import org.filmfactory.fountain.FinalDraft;
import org.filmfactory.fountain.FountainReader;
import org.filmfactory.fountain.Paper;
import org.filmfactory.testsupport.Ffprobe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The headless {@code batch} command on a folder of four tiny screenplays (three Fountain, one Final Draft) and four
 * broken ones (binary, empty, over the studio's import limit, not a screenplay), run in-process three times: the
 * first run makes the four films and reports the four failures with their stage and reason; the second skips
 * everything (made films untouched, unchanged failures not tried again); after one broken script is fixed,
 * {@code --retry-failed} makes just that one. Every film is judged by ffprobe against the length the script's timing
 * gives (shots lengthened to fit their spoken lines, as {@link RenderCommandIT} works it out).
 */
class BatchCommandIT {

    private static final int FPS = 30;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path work;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void makesEveryGoodScriptReportsEachBrokenOneAndSkipsWhatIsDoneWhenRunAgain() throws Exception {
        var scripts = Files.createDirectory(work.resolve("scripts"));
        var films = work.resolve("films");
        Files.writeString(scripts.resolve("alpha.fountain"), """
                INT. KITCHEN - DAY

                ANNA stirs a pot.

                ANNA
                Soup.
                """);
        Files.writeString(scripts.resolve("beta.fountain"), """
                EXT. PARK - NIGHT

                A dog runs past.
                """);
        Files.writeString(scripts.resolve("gamma.txt"), """
                INT. OFFICE - MORNING

                BEN
                Hello.
                """);
        var delta = """
                EXT. BEACH - DAWN

                Waves roll in.
                """;
        Files.write(scripts.resolve("delta.fdx"), FinalDraft.write(FountainReader.read(delta), Paper.LETTER));
        Files.write(scripts.resolve("binary.fountain"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2});
        Files.writeString(scripts.resolve("empty.fountain"), " \n\n\t\n");
        Files.writeString(scripts.resolve("huge.fountain"),
                "INT. HALL - DAY\n\n" + "Words. ".repeat((int) BatchCommand.MAX_SCRIPT_BYTES / 7 + 1));
        Files.writeString(scripts.resolve("notes.txt"), "Buy milk.\n\nCall Anna.\n");
        Files.writeString(scripts.resolve("ignored.pdf"), "not a script format");

        assertThat(run(scripts, films, "--workers", "2")).as(err()).isEqualTo(1);

        var good = List.of("alpha", "beta", "delta", "gamma");
        for (var name : good) {
            checkFilm(films.resolve(name + ".mp4"), expectedFrames(scripts, name));
        }
        var report = report(films);
        assertThat(report.get("scripts").asInt()).isEqualTo(8);
        assertThat(report.get("made").asInt()).isEqualTo(4);
        assertThat(report.get("failed").asInt()).isEqualTo(4);
        assertThat(report.get("skipped").asInt()).isZero();
        assertThat(report.get("allMade").asBoolean()).isFalse();
        assertThat(states(report)).containsExactly(
                "alpha.fountain made true", "beta.fountain made true", "binary.fountain failed true",
                "delta.fdx made true", "empty.fountain failed true", "gamma.txt made true",
                "huge.fountain failed true", "notes.txt failed true");
        assertThat(failures(report)).containsExactly(
                "binary.fountain reading null This file is not a text file. Choose a Fountain screenplay "
                        + "(.fountain, plain text).",
                "empty.fountain reading null the script is empty",
                "huge.fountain reading null This script is larger than 2 MB, the most the studio reads.",
                "notes.txt breakdown null not a screenplay (no scene headings such as INT. ROOM - DAY)");
        for (var film : report.get("films")) {
            if (film.get("state").asString().equals("made")) {
                var mp4 = films.resolve(film.get("film").asString());
                assertThat(film.get("bytes").asLong()).isEqualTo(Files.size(mp4));
                assertThat(film.get("sha256").asString()).isEqualTo(
                        BatchCommand.sha256(scripts.resolve(film.get("script").asString())));
                assertThat(film.get("preset").asString()).isEqualTo("preview");
            }
        }
        assertThat(Files.readString(films.resolve(BatchCommand.REPORT_TEXT))).contains(
                "binary.fountain: FAILED at reading the script: This file is not a text file.",
                "notes.txt: FAILED at breaking the script down: not a screenplay",
                "4 made, 4 failed, 0 skipped of 8 scripts in ");
        assertThat(out()).startsWith("batch: 8 scripts in " + scripts + " -> " + films
                        + ", preset preview (540x960), 2 at a time\n")
                .contains("] alpha.mp4: made from alpha.fountain in ")
                .endsWith("batch: some films are not made; report in " + films.resolve(BatchCommand.REPORT_TEXT)
                        + " and " + films.resolve(BatchCommand.REPORT_JSON) + "\n")
                .doesNotContain("\tat ");
        assertThat(err()).isEmpty();
        assertThat(visibleFiles(films)).containsExactly("alpha.film.json", "alpha.mp4", "alpha.srt", "alpha.vtt",
                "batch-report.json", "batch-report.txt", "beta.film.json", "beta.mp4", "beta.srt", "beta.vtt",
                "binary.film.json", "delta.film.json", "delta.mp4", "delta.srt", "delta.vtt", "empty.film.json",
                "gamma.film.json", "gamma.mp4", "gamma.srt", "gamma.vtt", "huge.film.json", "notes.film.json");
        assertThat(visibleFiles(films.resolve(BatchCommand.WORK))).as("no work left behind").isEmpty();

        var made = modified(films, good);
        assertThat(run(scripts, films)).as(err()).isEqualTo(1);
        report = report(films);
        assertThat(states(report)).containsExactly(
                "alpha.fountain skipped false", "beta.fountain skipped false", "binary.fountain failed false",
                "delta.fdx skipped false", "empty.fountain failed false", "gamma.txt skipped false",
                "huge.fountain failed false", "notes.txt failed false");
        assertThat(report.get("made").asInt()).isZero();
        assertThat(modified(films, good)).as("made films are not made again").isEqualTo(made);
        assertThat(out()).doesNotContain("batch: making ");

        Files.writeString(scripts.resolve("empty.fountain"), """
                INT. GARAGE - NIGHT

                A car idles.
                """);
        assertThat(run(scripts, films, "--retry-failed")).as(err()).isEqualTo(1);
        report = report(films);
        assertThat(states(report)).containsExactly(
                "alpha.fountain skipped false", "beta.fountain skipped false", "binary.fountain failed true",
                "delta.fdx skipped false", "empty.fountain made true", "gamma.txt skipped false",
                "huge.fountain failed true", "notes.txt failed true");
        // the default is one worker per core, so the failed scripts are made side by side and print in any order
        assertThat(out().lines().filter(line -> line.startsWith("batch: making "))).containsExactlyInAnyOrder(
                "batch: making binary.mp4 from binary.fountain", "batch: making empty.mp4 from empty.fountain",
                "batch: making huge.mp4 from huge.fountain", "batch: making notes.mp4 from notes.txt");
        checkFilm(films.resolve("empty.mp4"), expectedFrames(scripts, "empty"));
        assertThat(modified(films, good)).isEqualTo(made);
    }

    private void checkFilm(Path film, long frames) throws IOException {
        assertThat(Ffprobe.streamTypes(film)).as(film.toString()).containsExactly("video", "audio");
        var video = Ffprobe.videoStream(film);
        assertThat(video).containsEntry("codec_name", "h264").containsEntry("width", "540")
                .containsEntry("height", "960").containsEntry("r_frame_rate", FPS + "/1");
        assertThat(Long.parseLong(video.get("nb_read_frames"))).as(film.toString()).isEqualTo(frames);
        assertThat(audioCodec(film)).isEqualTo("aac");
        assertThat(Double.parseDouble(formatDuration(film))).as(film.toString())
                .isCloseTo(frames / (double) FPS, within(0.1));
    }

    /** The film's frames by the command's rule: each shot's own length, lengthened to its last line plus 6 frames. */
    private long expectedFrames(Path scripts, String name) throws IOException {
        Path file;
        String text;
        try (Stream<Path> files = Files.list(scripts)) {
            file = files.filter(f -> f.getFileName().toString().startsWith(name + ".")).findFirst().orElseThrow();
        }
        text = file.toString().endsWith(".fdx")
                ? FinalDraft.readAsFountain(Files.readAllBytes(file), BatchCommand.MAX_SCRIPT_BYTES,
                        org.filmfactory.fountain.Dialect.PLAIN)
                : Files.readString(file);
        var breakdown = ScriptBreakdown.of(text, Locale.ENGLISH);
        long start = 0;
        int n = 0;
        for (var shot : breakdown.shots()) {
            long frames = Math.max(1, Math.round(shot.duration().toMillis() * FPS / 1000.0));
            long at = start + 6;
            long end = start;
            for (var line : breakdown.linesOf(shot)) {
                if (line.kind() != ScriptLine.Kind.DIALOGUE) {
                    continue;
                }
                var said = Speech.speak(line.text(), Speech.defaultVoice(line.character(), Locale.ENGLISH),
                        work.resolve(name + "-" + ++n + ".wav"));
                end = at + (said.toNanos() * FPS + 999_999_999L) / 1_000_000_000L;
                at = end + 6;
            }
            if (end > start && end + 6 - start > frames) {
                frames = end + 6 - start;
            }
            start += frames;
        }
        return start;
    }

    private static JsonNode report(Path films) throws IOException {
        return JSON.readTree(Files.readAllBytes(films.resolve(BatchCommand.REPORT_JSON)));
    }

    private static List<String> states(JsonNode report) {
        var states = new ArrayList<String>();
        report.get("films").forEach(film -> states.add(film.get("script").asString() + " "
                + film.get("state").asString() + " " + film.get("tried").asBoolean()));
        return states;
    }

    private static List<String> failures(JsonNode report) {
        var failures = new ArrayList<String>();
        report.get("films").forEach(film -> {
            if (film.get("state").asString().equals("failed")) {
                failures.add(film.get("script").asString() + " " + film.get("stage").asString() + " "
                        + (film.get("shot").isNull() ? "null" : film.get("shot").asString()) + " "
                        + film.get("reason").asString());
            }
        });
        return failures;
    }

    private static Map<String, FileTime> modified(Path films, List<String> names) throws IOException {
        var times = new HashMap<String, FileTime>();
        for (var name : names) {
            times.put(name, Files.getLastModifiedTime(films.resolve(name + ".mp4")));
            times.put(name + RECORD_SUFFIX, Files.getLastModifiedTime(films.resolve(name + BatchCommand.RECORD)));
        }
        return times;
    }

    private static final String RECORD_SUFFIX = " record";

    private static List<String> visibleFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> !name.startsWith("."))
                    .filter(name -> !name.equals("lock")).sorted().toList();
        }
    }

    private static String audioCodec(Path film) throws IOException {
        return ffprobe("-v", "error", "-select_streams", "a:0", "-show_entries", "stream=codec_name", "-of",
                "csv=p=0", film.toString());
    }

    private static String formatDuration(Path film) throws IOException {
        return ffprobe("-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", film.toString());
    }

    private static String ffprobe(String... arguments) throws IOException {
        var command = new ArrayList<String>();
        command.add("/usr/bin/ffprobe");
        command.addAll(List.of(arguments));
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        try {
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    private int run(Path scripts, Path films, String... more) {
        out.reset();
        err.reset();
        var args = new ArrayList<>(List.of(BatchCommand.NAME, scripts.toString(), "--out", films.toString(),
                "--preset", "preview"));
        args.addAll(List.of(more));
        return BatchCommand.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Locale.ENGLISH);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
