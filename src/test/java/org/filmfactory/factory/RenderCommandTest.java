package org.filmfactory.factory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The headless {@code render} command's arguments and refusals, run as plain methods with their own streams. */
class RenderCommandTest {

    private static final String USAGE = "usage: render SCRIPT.fountain --out DIR "
            + "[--preset vertical|horizontal|square|preview] [--lang zh|en] [--no-subtitles] [--seed N]\n";

    @TempDir
    Path work;

    private final CommandConsole console = new CommandConsole();

    @Test
    void helpPrintsTheUsage() {
        assertThat(run("--help")).isZero();
        assertThat(out()).isEqualTo(USAGE);
        assertThat(err()).isEmpty();
    }

    @Test
    void badArgumentsAreRefusedWithTheUsageAndNothingIsWritten() throws Exception {
        var script = fixture().toString();
        var dir = work.resolve("film").toString();

        assertThat(run(script, "--out", dir, "--fast")).isEqualTo(2);
        assertThat(err()).isEqualTo("render: unknown option '--fast'\n" + USAGE);
        assertThat(run(script)).isEqualTo(2);
        assertThat(err()).isEqualTo("render: --out DIR is required\n" + USAGE);
        assertThat(run(script, "--out", dir, "--preset", "cinemascope")).isEqualTo(2);
        assertThat(err()).isEqualTo(
                "render: unknown preset 'cinemascope' (use vertical, horizontal, square or preview)\n" + USAGE);
        assertThat(run(script, "--out", dir, "--preset=landscape")).isEqualTo(2);
        assertThat(err()).isEqualTo(
                "render: unknown preset 'landscape' (use vertical, horizontal, square or preview)\n" + USAGE);
        assertThat(run(script, "--out", dir, "--lang", "fr")).isEqualTo(2);
        assertThat(err()).isEqualTo("render: unknown language 'fr' (use zh or en)\n" + USAGE);
        assertThat(run(script, "--out", dir, "--seed", "lucky")).isEqualTo(2);
        assertThat(err()).isEqualTo("render: the seed must be a whole number, not 'lucky'\n" + USAGE);
        assertThat(run(script, "--out", dir, "--seed")).isEqualTo(2);
        assertThat(err()).isEqualTo("render: --seed needs a value\n" + USAGE);
        assertThat(run(script, script, "--out", dir)).isEqualTo(2);
        assertThat(err()).isEqualTo("render: more than one script given\n" + USAGE);
        assertThat(run("--out", dir)).isEqualTo(2);
        assertThat(err()).isEqualTo("render: no screenplay file given\n" + USAGE);
        assertThat(out()).isEmpty();
        assertThat(files()).containsExactly("simple-script.fountain");
    }

    @Test
    void aMissingScriptIsRefusedAndNothingIsWritten() {
        var dir = work.resolve("film");

        assertThat(run(work.resolve("nope.fountain").toString(), "--out", dir.toString())).isEqualTo(1);
        assertThat(err()).isEqualTo("render: " + work.resolve("nope.fountain") + ": no such file\n");
        assertThat(out()).isEmpty();
        assertThat(dir).doesNotExist();
    }

    @Test
    void theRefusalIsInChineseOnAChineseMachine() {
        var dir = work.resolve("film");

        assertThat(console.run(RenderCommand::run, Locale.CHINA, "render", work.resolve("nope.fountain").toString(),
                "--out", dir.toString())).isEqualTo(1);
        assertThat(err()).isEqualTo("render：" + work.resolve("nope.fountain") + "：文件不存在\n");
        assertThat(dir).doesNotExist();
    }

    @Test
    void aBinaryFileIsNotAScreenplay() throws Exception {
        var png = Files.write(work.resolve("picture.fountain"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2});
        var dir = work.resolve("film");

        assertThat(run(png.toString(), "--out", dir.toString())).isEqualTo(1);
        assertThat(err()).isEqualTo("render: " + png + ": not a screenplay (not UTF-8 text)\n");
        assertThat(dir).doesNotExist();
    }

    @Test
    void anEmptyScriptIsRefused() throws Exception {
        var empty = Files.writeString(work.resolve("empty.fountain"), " \n\n\t\n");
        var dir = work.resolve("film");

        assertThat(run(empty.toString(), "--out", dir.toString())).isEqualTo(1);
        assertThat(err()).isEqualTo("render: " + empty + ": the script is empty\n");
        assertThat(dir).doesNotExist();
    }

    @Test
    void aFileWithoutScenesIsNotAScreenplay() throws Exception {
        var notes = Files.writeString(work.resolve("notes.txt"), "Buy milk.\n\nCall Anna.\n");
        var dir = work.resolve("film");

        assertThat(run(notes.toString(), "--out", dir.toString())).isEqualTo(1);
        assertThat(err()).isEqualTo("render: " + notes
                + ": not a screenplay (no scene headings such as INT. ROOM - DAY)\n");
        assertThat(dir).doesNotExist();
    }

    @Test
    void aFolderIsNotAScreenplay() throws Exception {
        var folder = Files.createDirectory(work.resolve("scripts.fountain"));

        assertThat(run(folder.toString(), "--out", work.resolve("film").toString())).isEqualTo(1);
        assertThat(err()).isEqualTo("render: cannot read " + folder + ": it is a directory, not a screenplay file\n");
    }

    @Test
    void anOutputFolderThatCannotBeMadeIsRefused() throws Exception {
        var file = Files.writeString(work.resolve("taken"), "a file, not a folder");

        assertThat(run(fixture().toString(), "--out", file.resolve("film").toString())).isEqualTo(1);
        assertThat(err()).startsWith("render: cannot write to " + file.resolve("film") + ": ").endsWith("\n")
                .doesNotContain("\tat ").hasLineCount(1);
        assertThat(Files.readString(file)).isEqualTo("a file, not a folder");
        assertThat(out()).isEmpty();
    }

    @Test
    void theFilmIsNamedAfterTheScript() {
        assertThat(RenderCommand.filmName(Path.of("/tmp/Rain City.fountain"))).isEqualTo("Rain-City");
        assertThat(RenderCommand.filmName(Path.of("你好-Fountain.fountain"))).isEqualTo("你好-Fountain");
        assertThat(RenderCommand.filmName(Path.of("draft.2.fountain"))).isEqualTo("draft.2");
        assertThat(RenderCommand.filmName(Path.of("..fountain"))).isEqualTo("film");
        assertThat(RenderCommand.filmName(Path.of("script"))).isEqualTo("script");
    }

    @Test
    void linesFollowEachOtherFromTheShotsStartAndLengthenAShotTheyOverrun() {
        var fits = LineTiming.place(100, 90, List.of(20, 30));
        assertThat(fits.starts()).containsExactly(106, 132);
        assertThat(fits.frames()).isEqualTo(90);

        var overruns = LineTiming.place(100, 60, List.of(20, 30));
        assertThat(overruns.starts()).containsExactly(106, 132);
        assertThat(overruns.frames()).isEqualTo(132 + 30 + 6 - 100);

        var silent = LineTiming.place(0, 45, List.of());
        assertThat(silent.starts()).isEmpty();
        assertThat(silent.frames()).isEqualTo(45);
    }

    @Test
    void aLineLastsTheWholeFramesThatCoverIt() {
        assertThat(ScriptFilm.frames(1_000_000_000L, 30)).isEqualTo(30);
        assertThat(ScriptFilm.frames(1_000_000_001L, 30)).isEqualTo(31);
        assertThat(ScriptFilm.frames(1L, 30)).isEqualTo(1);
        assertThat(ScriptFilm.samples(45, 30)).isEqualTo(72_000);
    }

    @Test
    void segmentsAreKeptUnderTheirKeyAndNothingElse() throws Exception {
        var cache = new FolderSegmentCache(work.resolve("segments"));
        var segment = Files.writeString(work.resolve("made.mp4"), "segment");

        assertThat(cache.find("ab12")).isEmpty();
        cache.keep("ab12", segment);

        assertThat(cache.find("ab12")).hasValueSatisfying(file -> assertThat(file).hasContent("segment"));
        assertThat(segment).doesNotExist();
        assertThatIllegalArgumentException().isThrownBy(() -> cache.find("../../etc/passwd"));
        try (Stream<Path> files = Files.list(work.resolve("segments"))) {
            assertThat(files.map(file -> file.getFileName().toString())).containsExactly("ab12.mp4");
        }
    }

    private Path fixture() throws Exception {
        try (var in = getClass().getResourceAsStream("/factory/simple-script.fountain")) {
            return Files.write(work.resolve("simple-script.fountain"), in.readAllBytes());
        }
    }

    private List<String> files() throws Exception {
        try (Stream<Path> files = Files.list(work)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    private int run(String... args) {
        return console.run(RenderCommand::run, RenderCommand.NAME, args);
    }

    private String out() {
        return console.out();
    }

    private String err() {
        return console.err();
    }
}
