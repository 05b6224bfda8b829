package org.filmfactory.take;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.filmfactory.breakdown.ScriptBreakdown;
import org.filmfactory.platform.VideoFormat;
import org.filmfactory.testsupport.Ffprobe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The headless {@code storyboard} command, run as a plain method with its own streams. */
class StoryboardCommandTest {

    @TempDir
    Path work;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void drawsEveryShotWithItsPosterAndAContactSheet() throws Exception {
        var script = fixture();
        var dir = work.resolve("board");

        assertThat(run(script.toString(), "--out", dir.toString(), "--seed", "4")).isZero();

        var breakdown = ScriptBreakdown.of(Files.readString(script), Locale.ENGLISH);
        assertThat(breakdown.shots()).hasSize(5);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(file -> file.getFileName().toString()).sorted()).containsExactly(
                    "contact-sheet.png", "s001-shot01.jpg", "s001-shot01.mp4", "s001-shot02.jpg", "s001-shot02.mp4",
                    "s001-shot03.jpg", "s001-shot03.mp4", "s002-shot01.jpg", "s002-shot01.mp4", "s002-shot02.jpg",
                    "s002-shot02.mp4");
        }
        assertThat(Ffprobe.videoStream(dir.resolve("s001-shot03.mp4"))).containsAllEntriesOf(Map.of(
                "codec_name", "h264", "width", "1080", "height", "1920", "nb_read_frames", "45"));
        assertThat(breakdown.shots().get(2).duration()).isEqualTo(java.time.Duration.ofMillis(1500));
        var poster = ImageIO.read(dir.resolve("s001-shot01.jpg").toFile());
        assertThat(new int[] {poster.getWidth(), poster.getHeight()}).containsExactly(1080, 1920);
        var sheet = ImageIO.read(dir.resolve("contact-sheet.png").toFile());
        assertThat(new int[] {sheet.getWidth(), sheet.getHeight()})
                .containsExactly(StoryboardCommand.contactSheetSize(5, VideoFormat.VERTICAL_HD));
        assertThat(new int[] {sheet.getWidth(), sheet.getHeight()}).containsExactly(12 + 5 * 228, 12 + 384 + 30 + 12);
        assertThat(out()).startsWith("storyboard: 2 scenes, 5 shots, 1080x1920 at 30 fps")
                .contains("[1/5]  20%  s001-shot01.mp4  wide, static, 3.0 s\n")
                .contains("[5/5] 100%  s002-shot02.mp4  wide, static, 3.0 s\n")
                .endsWith("storyboard: wrote 5 clips, 5 posters and contact-sheet.png\n");
        assertThat(err()).isEmpty();
    }

    @Test
    void aMissingScriptIsRefusedAndNothingIsWritten() {
        var dir = work.resolve("board");

        assertThat(run(work.resolve("nope.fountain").toString(), "--out", dir.toString())).isEqualTo(1);
        assertThat(err()).isEqualTo("storyboard: " + work.resolve("nope.fountain") + ": no such file\n");
        assertThat(dir).doesNotExist();
    }

    @Test
    void aFileWithoutScenesIsNotAScreenplay() throws Exception {
        var notes = Files.writeString(work.resolve("notes.txt"), "Buy milk.\n\nCall Anna.\n");
        var dir = work.resolve("board");

        assertThat(run(notes.toString(), "--out", dir.toString())).isEqualTo(1);
        assertThat(err()).isEqualTo("storyboard: " + notes
                + ": not a screenplay (no scene headings such as INT. ROOM - DAY)\n");
        assertThat(dir).doesNotExist();
    }

    @Test
    void aBinaryFileIsNotAScreenplay() throws Exception {
        var png = Files.write(work.resolve("picture.fountain"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2});

        assertThat(run(png.toString(), "--out", work.resolve("board").toString())).isEqualTo(1);
        assertThat(err()).isEqualTo("storyboard: " + png + ": not a screenplay (not UTF-8 text)\n");
    }

    @Test
    void anOutputFolderThatCannotBeMadeIsRefused() throws Exception {
        var file = Files.writeString(work.resolve("taken"), "a file, not a folder");

        assertThat(run(fixture().toString(), "--out", file.resolve("board").toString())).isEqualTo(1);
        assertThat(err()).startsWith("storyboard: cannot write to " + file.resolve("board") + ": ");
        assertThat(Files.readString(file)).isEqualTo("a file, not a folder");
    }

    @Test
    void badArgumentsAreRefusedWithTheUsage() throws Exception {
        var script = fixture().toString();
        var usage = "usage: storyboard SCRIPT.fountain --out DIR [--lang zh|en] "
                + "[--preset vertical|landscape|square] [--seed N]\n";

        assertThat(run(script, "--out", work.toString(), "--fast")).isEqualTo(2);
        assertThat(err()).isEqualTo("storyboard: unknown option '--fast'\n" + usage);
        err.reset();
        assertThat(run(script)).isEqualTo(2);
        assertThat(err()).isEqualTo("storyboard: --out DIR is required\n" + usage);
        err.reset();
        assertThat(run(script, "--out", work.toString(), "--preset", "cinemascope")).isEqualTo(2);
        assertThat(err()).isEqualTo(
                "storyboard: unknown preset 'cinemascope' (use vertical, landscape or square)\n" + usage);
        err.reset();
        assertThat(run(script, "--out", work.toString(), "--lang", "fr")).isEqualTo(2);
        assertThat(err()).isEqualTo("storyboard: unknown language 'fr' (use zh or en)\n" + usage);
        err.reset();
        assertThat(run(script, "--out", work.toString(), "--seed", "lucky")).isEqualTo(2);
        assertThat(err()).isEqualTo("storyboard: the seed must be a whole number, not 'lucky'\n" + usage);
        err.reset();
        assertThat(run("--out", work.toString())).isEqualTo(2);
        assertThat(err()).isEqualTo("storyboard: no screenplay file given\n" + usage);
        try (Stream<Path> files = Files.list(work)) {
            assertThat(files.map(Path::getFileName).map(Path::toString)).containsExactly("storyboard.fountain");
        }
    }

    private Path fixture() throws Exception {
        try (var in = getClass().getResourceAsStream("/take/storyboard.fountain")) {
            return Files.write(work.resolve("storyboard.fountain"), in.readAllBytes());
        }
    }

    private int run(String... args) {
        var all = new String[args.length + 1];
        all[0] = StoryboardCommand.NAME;
        System.arraycopy(args, 0, all, 1, args.length);
        return StoryboardCommand.run(all, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
