package org.filmfactory.fountain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.filmfactory.fountain.internal.BreakdownJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code breakdown --json [--lang zh] FILE}: JSON on success, one line of error and a status otherwise. */
class BreakdownCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void printsTheBreakdownAsJson() {
        int status = run("breakdown", "--json", Corpus.dir().resolve("scene-numbers.fountain").toString());

        assertThat(status).isZero();
        assertThat(err()).isEmpty();
        assertThat(out()).startsWith("{\n  \"title\": null,\n  \"scenes\": [\n    {\n      \"heading\": "
                + "\"INT. THE FIRST PLACE - DAY\",\n      \"line\": 1,\n      \"characters\": [],\n");
        assertThat(Corpus.read(out())).isEqualTo(Corpus.expected("scene-numbers"));
    }

    @Test
    void chineseOptionReadsChineseHeadings() {
        String file = Corpus.dir().resolve("unscored/zh-propaganda-writer.fountain").toString();

        assertThat(run("--json", "--lang", "zh", file)).isZero();
        assertThat(Corpus.read(out()).scenes()).hasSize(9);
        out.reset();
        assertThat(run("--json", "--lang=en", file)).isZero();
        assertThat(Corpus.read(out()).scenes()).isEmpty();
    }

    @Test
    void badArgumentsExitTwoWithUsage() {
        assertThat(run("breakdown", "scene.fountain")).isEqualTo(2);
        assertThat(err()).contains("--json is required").contains("usage: breakdown --json");
        for (String[] args : new String[][] {{"--json"}, {"--json", "a", "b"}, {"--json", "--lang", "fr", "a"},
            {"--json", "--lang"}, {"--json", "--pdf", "a"}}) {
            err.reset();
            assertThat(run(args)).as(String.join(" ", args)).isEqualTo(2);
            assertThat(err()).as(String.join(" ", args)).startsWith("breakdown: ").doesNotContain("Exception");
        }
        assertThat(out()).isEmpty();
    }

    @Test
    void helpPrintsUsage() {
        assertThat(run("breakdown", "--help")).isZero();
        assertThat(out()).startsWith("usage: breakdown");
    }

    @Test
    void unreadableFilesExitOneWithAPlainMessage(@TempDir Path dir) throws IOException {
        Path image = dir.resolve("poster.fountain");
        Files.write(image, Corpus.bytes("bad/png-image.fountain"));
        Path latin1 = dir.resolve("latin1.fountain");
        Files.write(latin1, "INT. CAFÉ - DAY\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(run("--json", dir.resolve("missing.fountain").toString())).isEqualTo(1);
        assertThat(run("--json", dir.toString())).isEqualTo(1);
        assertThat(run("--json", image.toString())).isEqualTo(1);
        assertThat(run("--json", latin1.toString())).isEqualTo(1);

        assertThat(err().lines()).containsExactly(
                "breakdown: " + dir.resolve("missing.fountain") + ": no such file",
                "breakdown: " + dir + " is a directory, not a screenplay file",
                "breakdown: " + image + ": This file is not a text file. Choose a Fountain screenplay (.fountain, "
                        + "plain text).",
                "breakdown: " + latin1 + ": This file is not UTF-8 text (the first unreadable character is on line "
                        + "1). Save it as UTF-8 and try again.");
        assertThat(out()).isEmpty();
    }

    @Test
    void jsonStringsAreEscaped() {
        var script = FountainReader.read("Title: \"Quotes\" \\ and\ttabs\u0001 \ud800\n\n.A \"B\" \u2028 C");

        String json = BreakdownJson.write(script);

        assertThat(json).contains("\"title\": \"\\\"Quotes\\\" \\\\ and\\ttabs\\u0001 \\ud800\"")
                .contains("\"heading\": \"A \\\"B\\\" \\u2028 C\"");
        assertThat(Corpus.read(json).title()).isEqualTo("\"Quotes\" \\ and\ttabs\u0001 \ud800");
    }

    private int run(String... args) {
        return BreakdownCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
