package org.filmfactory.fountain;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * What a studio meets besides well-formed scripts: the corpus's {@code bad/} and {@code unscored/} files as its
 * README says they must behave, random and mutated input that must never make the parser throw, and pathological
 * input that must not make it hang (the time bounds only guard against hanging; speed is measured elsewhere).
 */
class FountainBadInputTest {

    private static final long SEED = 20261124L;

    // bad/ -----------------------------------------------------------------------------------------------------------

    @Test
    void emptyFileIsAnEmptyScreenplay() {
        var script = Corpus.parse("bad/empty.fountain", Dialect.PLAIN);

        assertThat(script.title()).isNull();
        assertThat(script.titlePage()).isEmpty();
        assertThat(script.elements()).isEmpty();
        assertThat(script.scenes()).isEmpty();
        assertThat(script.warnings()).isEmpty();
    }

    @Test
    void imageIsRefusedAsNotText() {
        var bytes = Corpus.bytes("bad/png-image.fountain");

        assertThatExceptionOfType(ScriptFileRefused.class).isThrownBy(() -> FountainReader.decode(bytes, Corpus.LIMIT))
                .satisfies(e -> {
                    assertThat(e.reason()).isEqualTo(ScriptFileRefused.Reason.NOT_TEXT);
                    assertThat(e.messageKey()).isEqualTo("screenplay.error.binary");
                });
    }

    @Test
    void invalidUtf8IsRefusedNamingTheFirstBadLine() {
        var bytes = Corpus.bytes("bad/invalid-utf8.fountain");

        assertThatExceptionOfType(ScriptFileRefused.class).isThrownBy(() -> FountainReader.decode(bytes, Corpus.LIMIT))
                .satisfies(e -> {
                    assertThat(e.reason()).isEqualTo(ScriptFileRefused.Reason.NOT_UTF8);
                    assertThat(e.messageKey()).isEqualTo("screenplay.error.invalid-utf8");
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.arguments()).containsExactly(1);
                });
    }

    @Test
    void invalidUtf8LaterInTheFileNamesThatLine() {
        byte[] bytes = "Title: Late\r\n\r\nINT. CAFE - DAY\rCAF\u00c9".getBytes(StandardCharsets.ISO_8859_1);

        assertThatExceptionOfType(ScriptFileRefused.class).isThrownBy(() -> FountainReader.decode(bytes, Corpus.LIMIT))
                .satisfies(e -> assertThat(e.arguments()).containsExactly(4));
    }

    @Test
    void byteOrderMarkAndMixedLineEndingsReadLikePlainLineFeeds() {
        String text = Corpus.text("bad/bom-mixed-line-endings.fountain");
        var script = FountainReader.read(text);
        String lineFeeds = text.substring(1).replace("\r\n", "\n").replace('\r', '\n');

        assertThat(script.title()).isEqualTo("Line Endings");
        assertThat(script.scenes()).extracting(Scene::line, scene -> scene.heading().text(), Scene::characters)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, "INT. OFFICE - DAY", List.of("LEE")),
                        org.assertj.core.groups.Tuple.tuple(10, "EXT. ROOF - NIGHT", List.of("ANA")),
                        org.assertj.core.groups.Tuple.tuple(17, "INT. STAIRWELL - NIGHT", List.of()));
        assertThat(script).isEqualTo(FountainReader.read(lineFeeds));
    }

    @Test
    void unclosedNoteAndBoneyardStayTextAndAreReported() {
        var script = Corpus.parse("bad/unterminated-boneyard-and-note.fountain", Dialect.PLAIN);

        assertThat(script.scenes()).extracting(Scene::line).containsExactly(3, 10, 17);
        assertThat(script.scenes()).extracting(Scene::characters)
                .containsExactly(List.of("MAYA"), List.of("TOMAS"), List.of());
        assertThat(script.dialogues()).isEqualTo(2);
        assertThat(script.warnings()).containsExactly(
                new ScriptWarning(5, ScriptWarning.UNCLOSED_NOTE),
                new ScriptWarning(12, ScriptWarning.UNCLOSED_BONEYARD));
        assertThat(script.elements()).contains(
                new Action("MAYA stirs a pot. [[Check the prop list for the ladle", false,
                        List.of(TextRun.plain("MAYA stirs a pot. [[Check the prop list for the ladle")), 5, 5),
                new Action("The screen door bangs. /* cut this beat?", false,
                        List.of(TextRun.plain("The screen door bangs. /* cut this beat?")), 12, 12));
    }

    @Test
    void everyMessageKeyHasEnglishAndChinese() throws IOException {
        var keys = List.of("screenplay.error.binary", "screenplay.error.invalid-utf8", "screenplay.error.too-large",
                ScriptWarning.UNCLOSED_BONEYARD, ScriptWarning.UNCLOSED_NOTE);
        for (String bundle : List.of("translations.properties", "translations_zh_CN.properties")) {
            var properties = new Properties();
            try (var in = getClass().getResourceAsStream("/vaadin-i18n/" + bundle)) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            assertThat(properties.stringPropertyNames()).as(bundle).containsAll(keys);
        }
    }

    // unscored/ ------------------------------------------------------------------------------------------------------

    @Test
    void afterwritingTortureTestParses() {
        var script = Corpus.parse("unscored/afterwriting-test.fountain", Dialect.PLAIN);

        assertThat(script.scenes()).extracting(Scene::line)
                .containsExactly(27, 45, 65, 71, 83, 89, 98, 115, 126, 144, 163);
        assertThat(script.scenes().get(9).heading().text()).isEqualTo("WNĘTRZE. FORCED ELEMENTS - NIGHT");
        assertThat(script.elements()).contains(
                new Action("INT. ACTION", true, List.of(TextRun.plain("INT. ACTION")), 146, 146),
                new CharacterCue("McCABE", List.of(), false, true, 148, 148),
                new Lyric("Happy birthday to you!", List.of(TextRun.plain("Happy birthday to you!")), 149, 149));
        assertThat(script.scenes().get(6).characters()).containsExactly("HERO 1", "HERO 2", "HERO 3");
        assertThat(script.characters()).contains("POLISH", "MCCABE");
    }

    @Test
    void chineseScriptWithUnforcedHeadingsHasNoScenesInPlainFountain() {
        var script = Corpus.parse("unscored/zh-propaganda-writer.fountain", Dialect.PLAIN);

        assertThat(script.scenes()).isEmpty();
        assertThat(script.dialogues()).isEqualTo(53);
        assertThat(script.characters()).hasSize(8);
    }

    @Test
    void chineseScriptWithUnforcedHeadingsHasItsScenesInTheChineseDialect() {
        var script = Corpus.parse("unscored/zh-propaganda-writer.fountain", Dialect.CHINESE);

        assertThat(script.title()).isEqualTo("猫主人的日常");
        assertThat(script.scenes()).extracting(Scene::line)
                .containsExactly(52, 58, 92, 133, 151, 185, 227, 282, 322);
        assertThat(script.scenes().getFirst()).satisfies(scene -> {
            assertThat(scene.heading().text()).isEqualTo("外景. 猫城市 - 清晨");
            assertThat(scene.setting()).isEqualTo(Setting.EXTERIOR);
            assertThat(scene.location()).isEqualTo("猫城市");
            assertThat(scene.timeOfDay()).isEqualTo("清晨");
        });
        assertThat(script.scenes().get(1).characters()).containsExactly("橘猫大师", "小王", "大刘", "小李");
    }

    // Size and encodings ---------------------------------------------------------------------------------------------

    @Test
    void scriptOverTheLimitIsRefusedBeforeDecoding() {
        byte[] bytes = "x".repeat(11).getBytes(StandardCharsets.US_ASCII);

        assertThatExceptionOfType(ScriptFileRefused.class)
                .isThrownBy(() -> FountainReader.decode(bytes, 10))
                .satisfies(e -> {
                    assertThat(e.reason()).isEqualTo(ScriptFileRefused.Reason.TOO_LARGE);
                    assertThat(e.messageKey()).isEqualTo("screenplay.error.too-large");
                    assertThat(e.arguments()).containsExactly("10 B");
                });
        assertThat(ScriptFileRefused.readableSize(20L * 1024 * 1024)).isEqualTo("20 MB");
        assertThat(ScriptFileRefused.readableSize(512 * 1024)).isEqualTo("512 KB");
        assertThat(FountainReader.decode(Arrays.copyOf(bytes, 10), 10)).isEqualTo("x".repeat(10));
    }

    @Test
    void utf16WithByteOrderMarkIsRead() {
        String script = "Title: Notepad\n\nINT. HOUSE - DAY\n\nRain.\n";
        for (var charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            byte[] bytes = ("\ufeff" + script).getBytes(charset);

            var parsed = FountainReader.read(FountainReader.decode(bytes, Corpus.LIMIT));

            assertThat(parsed).as(charset.name()).isEqualTo(FountainReader.read(script));
        }
    }

    @Test
    void officeAndArchiveFilesAreRefusedAsNotText() {
        for (String start : List.of("%PDF-1.7\n", "PK\u0003\u0004", "GIF89a")) {
            byte[] bytes = (start + "rest").getBytes(StandardCharsets.ISO_8859_1);
            assertThatExceptionOfType(ScriptFileRefused.class).as(start)
                    .isThrownBy(() -> FountainReader.decode(bytes, Corpus.LIMIT))
                    .satisfies(e -> assertThat(e.reason()).isEqualTo(ScriptFileRefused.Reason.NOT_TEXT));
        }
    }

    // Random and mutated input ---------------------------------------------------------------------------------------

    @Test
    void randomTextNeverThrows() {
        var random = new Random(SEED);
        String alphabet = "INTEXintex./-#@!>~=*_\\^()[]: \t\n\r\n内景外景角色ÉéĘ😆\u3000\u00a0\ufeff\u2028abcXYZ019";
        assertTimeoutPreemptively(ofSeconds(60), () -> {
            for (int round = 0; round < 3000; round++) {
                var text = new StringBuilder();
                int length = random.nextInt(400);
                for (int i = 0; i < length; i++) {
                    text.append(random.nextInt(20) == 0 ? (char) random.nextInt(0x10000)
                            : alphabet.charAt(random.nextInt(alphabet.length())));
                }
                parsesSafely(text.toString(), "random text, seed " + SEED + ", round " + round);
            }
        });
    }

    @Test
    void randomBytesAreReadOrRefusedNeverThrowingAnythingElse() {
        var random = new Random(SEED);
        assertTimeoutPreemptively(ofSeconds(60), () -> {
            for (int round = 0; round < 2000; round++) {
                byte[] bytes = new byte[random.nextInt(300)];
                random.nextBytes(bytes);
                if (round % 2 == 0) {
                    for (int i = 0; i < bytes.length; i++) {
                        bytes[i] = (byte) (bytes[i] & 0x7f | (bytes[i] == 0 ? 1 : 0));
                    }
                }
                var thrown = catchThrowable(() -> FountainReader.decode(bytes, 250));
                if (thrown == null) {
                    parsesSafely(FountainReader.decode(bytes, 250), "bytes round " + round);
                } else {
                    assertThat(thrown).as("bytes round %d", round).isInstanceOf(ScriptFileRefused.class);
                }
            }
        });
    }

    @Test
    void mutatedCorpusScriptsNeverThrow() {
        var random = new Random(SEED);
        List<String> scripts = new ArrayList<>();
        for (String name : Corpus.scored()) {
            scripts.add(Corpus.text(name + ".fountain"));
        }
        scripts.add(Corpus.text("unscored/afterwriting-test.fountain"));
        scripts.add(Corpus.text("unscored/zh-propaganda-writer.fountain"));
        String[] inserts = {"/*", "*/", "[[", "]]", "**", "*", "_", "\\", "^", "(", ")", "@", "#", "~", ">", "<", "!",
            "\r", "\n", "\r\n", "  ", ".", "="};
        assertTimeoutPreemptively(ofSeconds(60), () -> {
            for (int round = 0; round < 1500; round++) {
                var lines = new ArrayList<>(List.of(scripts.get(random.nextInt(scripts.size())).split("\r\n|\r|\n")));
                for (int edit = random.nextInt(12); edit >= 0 && !lines.isEmpty(); edit--) {
                    int at = random.nextInt(lines.size());
                    switch (random.nextInt(5)) {
                        case 0 -> lines.remove(at);
                        case 1 -> lines.add(at, lines.get(at));
                        case 2 -> Collections.swap(lines, at, random.nextInt(lines.size()));
                        case 3 -> {
                            String line = lines.get(at);
                            int cut = random.nextInt(line.length() + 1);
                            lines.set(at, line.substring(0, cut) + inserts[random.nextInt(inserts.length)]
                                    + line.substring(cut));
                        }
                        default -> lines.add(at, "");
                    }
                }
                String separator = List.of("\n", "\r\n", "\r").get(random.nextInt(3));
                parsesSafely(String.join(separator, lines), "mutation round " + round + ", seed " + SEED);
            }
        });
    }

    // Pathological input ---------------------------------------------------------------------------------------------

    @Test
    void manyUnclosedBoneyardsEnd() {
        var script = assertTimeoutPreemptively(ofSeconds(60),
                () -> FountainReader.read("INT. HOUSE - DAY\n\n" + "/* ".repeat(100_000)));

        assertThat(script.scenes()).hasSize(1);
        assertThat(script.warnings()).containsExactly(new ScriptWarning(3, ScriptWarning.UNCLOSED_BONEYARD));
        assertTimeoutPreemptively(ofSeconds(60), () -> FountainReader.read("/*\n".repeat(100_000)));
    }

    @Test
    void manyUnclosedNotesEnd() {
        var script = assertTimeoutPreemptively(ofSeconds(60), () -> FountainReader.read("[[".repeat(100_000)));

        assertThat(script.warnings()).containsExactly(new ScriptWarning(1, ScriptWarning.UNCLOSED_NOTE));
        var paragraphs = assertTimeoutPreemptively(ofSeconds(60),
                () -> FountainReader.read("[[ open\n\n".repeat(100_000)));
        assertThat(paragraphs.elements()).hasSize(100_000);
    }

    @Test
    void manyEmphasisMarksEnd() {
        for (String mark : List.of("*", "*a", "**a ", "_a ", "\\*", "***")) {
            var script = assertTimeoutPreemptively(ofSeconds(60), () -> FountainReader.read(mark.repeat(100_000)));
            assertThat(script.elements()).as(mark).hasSize(1);
        }
    }

    @Test
    void tenMegabyteScriptEnds() {
        String card = Corpus.text("the-last-birthday-card.fountain");
        int copies = 10_000_000 / card.length() + 1;
        String big = (card + "\n\n").repeat(copies);

        var script = assertTimeoutPreemptively(ofSeconds(60), () -> FountainReader.read(big));

        assertThat(script.scenes()).hasSize(48 * copies);
        assertThat(script.scenes().getLast().line()).isGreaterThan(898 * (copies - 1));
    }

    @Test
    void oneMegabyteLineEnds() {
        for (String unit : List.of("x", "INT. ", "@", "(", "> ", "#", " ", "a TO:", "[[ ]]", "/* */")) {
            String line = unit.repeat(1_000_000 / unit.length());
            var script = assertTimeoutPreemptively(ofSeconds(60),
                    () -> FountainReader.read("BOB\n" + line + "\n\n" + line + "\nx"));
            assertThat(script.elements()).as(unit).isNotEmpty();
        }
    }

    /** Parses without throwing, and what comes out is consistent: lines in range and in order, scenes whole. */
    private static void parsesSafely(String text, String what) {
        ParsedScript script;
        try {
            script = FountainReader.read(text, Dialect.CHINESE);
            FountainReader.read(text, Dialect.PLAIN);
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError(what + " threw on: " + escape(text), e);
        }
        int lines = text.split("\r\n|\r|\n", -1).length;
        int previous = 0;
        for (var element : script.elements()) {
            assertThat(element.firstLine()).as("%s: %s", what, element).isBetween(Math.max(1, previous), lines);
            assertThat(element.lastLine()).as("%s: %s", what, element).isBetween(element.firstLine(), lines);
            previous = element.firstLine();
        }
        int dialogues = 0;
        for (var scene : script.scenes()) {
            assertThat(scene.line()).isEqualTo(scene.heading().firstLine());
            assertThat(scene.eighths()).isPositive();
            dialogues += scene.dialogues();
        }
        assertThat(dialogues).as(what).isLessThanOrEqualTo(script.dialogues());
    }

    private static String escape(String text) {
        var escaped = new StringBuilder();
        text.codePoints().limit(2000).forEach(c -> escaped.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", c)
                : Character.toString(c)));
        return escaped.toString();
    }
}
