package org.filmfactory.fountain.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.filmfactory.fountain.Action;
import org.filmfactory.fountain.Centered;
import org.filmfactory.fountain.CharacterCue;
import org.filmfactory.fountain.Dialect;
import org.filmfactory.fountain.Dialogue;
import org.filmfactory.fountain.FountainReader;
import org.filmfactory.fountain.PageBreak;
import org.filmfactory.fountain.Paper;
import org.filmfactory.fountain.Parenthetical;
import org.filmfactory.fountain.ParsedScript;
import org.filmfactory.fountain.SceneHeading;
import org.filmfactory.fountain.ScriptFileRefused;
import org.filmfactory.fountain.ScriptFileRefused.Reason;
import org.filmfactory.fountain.TextRun;
import org.filmfactory.fountain.Transition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Final Draft in and out, and normalised Fountain out: every screenplay of the corpus survives Fountain → FDX →
 * Fountain and Fountain → Fountain with the same elements (kind, order, printed text, emphasis, scene numbers, cue
 * extensions, dual dialogue) and title page; hostile or broken XML is refused before anything is used.
 */
class FdxExchangeTest {

    static final long LIMIT = 20L * 1024 * 1024;

    static Stream<String> corpus() {
        return Stream.of("the-last-birthday-card", "brick-and-steel", "my-living-memory", "silent-as-murderers",
                "beat-tutorial", "zh-template", "zh-hello-fountain", "scene-headers", "simple-script", "boneyard",
                "scene-numbers", "utf8-emoji", "unscored/zh-propaganda-writer", "unscored/afterwriting-test");
    }

    static Dialect dialect(String name) {
        return name.contains("zh-") ? Dialect.CHINESE : Dialect.PLAIN;
    }

    static ParsedScript corpusScript(String name) {
        var text = FountainReader.decode(resource("/fountain/corpus/" + name + ".fountain"), LIMIT);
        return FountainReader.read(text, dialect(name));
    }

    static byte[] resource(String path) {
        try (InputStream in = FdxExchangeTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void corpusSurvivesFountainToFinalDraftAndBack(String name) {
        var original = corpusScript(name);
        byte[] fdx = FdxWriter.write(original, Paper.LETTER);
        var read = FdxReader.read(fdx, LIMIT);
        var again = FountainReader.read(ParagraphWriter.write(read.titlePage(), read.elements(), dialect(name)),
                dialect(name));

        assertThat(ElementShape.of(again.elements(), true)).as(name)
                .containsExactlyElementsOf(ElementShape.of(original.elements(), true));
        assertThat(ElementShape.ofTitlePage(again.titlePage())).as(name)
                .containsExactlyElementsOf(ElementShape.ofTitlePage(original.titlePage()));
        assertThat(again.scenes()).extracting(scene -> scene.heading().sceneNumber()).as(name)
                .containsExactlyElementsOf(original.scenes().stream().map(s -> s.heading().sceneNumber()).toList());
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void normalisedFountainReadsBackAsTheSameScript(String name) {
        var original = corpusScript(name);
        var again = FountainReader.read(ParagraphWriter.write(original, dialect(name)), dialect(name));

        assertThat(ElementShape.of(again.elements(), true)).as(name)
                .containsExactlyElementsOf(ElementShape.of(original.elements(), true));
        assertThat(ElementShape.ofTitlePage(again.titlePage())).as(name)
                .containsExactlyElementsOf(ElementShape.ofTitlePage(original.titlePage()));
        assertThat(again.characters()).as(name).containsExactlyElementsOf(original.characters());
    }

    @Test
    void theCorpusHasWhatTheRoundTripMustKeep() {
        var brick = corpusScript("brick-and-steel");
        assertThat(brick.elements()).filteredOn(e -> e instanceof CharacterCue cue && cue.dual()).hasSize(2);
        assertThat(brick.titlePage()).extracting(e -> e.key()).contains("Title", "Contact");
        assertThat(brick.elements()).filteredOn(Centered.class::isInstance).isNotEmpty();
        assertThat(corpusScript("scene-numbers").elements())
                .filteredOn(e -> e instanceof SceneHeading heading && heading.sceneNumber() != null).isNotEmpty();
        assertThat(corpusScript("beat-tutorial").elements())
                .anyMatch(e -> e instanceof org.filmfactory.fountain.Lyric)
                .anyMatch(e -> e instanceof org.filmfactory.fountain.Section)
                .anyMatch(e -> e instanceof org.filmfactory.fountain.Synopsis)
                .anyMatch(e -> e instanceof org.filmfactory.fountain.Note);
    }

    @Test
    void writesTheFinalDraftDocumentLayout() {
        var script = FountainReader.read("""
                Title: Rain City
                Author: Olga

                INT. HOUSE - DAY #12A#

                She **runs**.

                BOB
                (quietly)
                Hello.

                ===

                > THE END <
                """);
        String fdx = new String(FdxWriter.write(script, Paper.LETTER), StandardCharsets.UTF_8);

        assertThat(fdx).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
                .contains("<FinalDraft DocumentType=\"Script\" Template=\"No\" Version=\"5\">")
                .contains("<Paragraph Number=\"12A\" Type=\"Scene Heading\">")
                .contains("<Text>INT. HOUSE - DAY</Text>")
                .contains("<Text Style=\"Bold\">runs</Text>")
                .contains("<Paragraph Type=\"Character\">", "<Text>BOB</Text>")
                .contains("<Paragraph Type=\"Parenthetical\">", "<Text>(quietly)</Text>")
                .contains("<Paragraph Alignment=\"Center\" StartsNewPage=\"Yes\" Type=\"Action\">")
                .contains("<TitlePage>", "<Paragraph Alignment=\"Center\" FountainKey=\"Title\" Type=\"Action\">")
                .contains("<ElementSettings Type=\"Scene Heading\">")
                .contains("<PageSize Height=\"11.00\" Width=\"8.50\"/>");
    }

    @Test
    void readsAFileAsFinalDraftWritesIt() {
        var read = FdxReader.read(resource("/fountain/exchange/final-draft.fdx"), LIMIT);
        var script = FountainReader.read(ParagraphWriter.write(read.titlePage(), read.elements(), Dialect.PLAIN));

        assertThat(script.titlePage()).extracting(e -> e.key() + "=" + e.value()).containsExactly(
                "Title=**THE LAST TRAIN**", "Credit=Written by", "Author=Mira Chen", "Draft date=12 May 2026",
                "Contact=Mira Chen\nmira@example.com");
        assertThat(script.elements()).hasSize(13);
        assertThat(script.elements().get(0)).isInstanceOfSatisfying(SceneHeading.class, heading -> {
            assertThat(heading.text()).isEqualTo("EXT. PLATFORM - NIGHT");
            assertThat(heading.sceneNumber()).isEqualTo("1");
        });
        assertThat(script.elements().get(1)).isInstanceOfSatisfying(Action.class, action -> assertThat(action.runs())
                .containsExactly(TextRun.plain("Rain. A "), new TextRun("last", true, false, true),
                        TextRun.plain(" train waits.")));
        assertThat(script.elements().get(2)).isInstanceOfSatisfying(Action.class,
                shot -> assertThat(shot.text()).isEqualTo("CLOSE ON THE CLOCK"));
        assertThat(script.elements().get(3)).isEqualTo(new CharacterCue("MIRA", List.of("V.O."), true, false,
                script.elements().get(3).firstLine(), script.elements().get(3).lastLine()));
        assertThat(script.elements().get(4)).isInstanceOf(Dialogue.class);
        assertThat(script.elements().get(5)).isInstanceOfSatisfying(CharacterCue.class, cue -> {
            assertThat(cue.name()).isEqualTo("CONDUCTOR");
            assertThat(cue.dual()).isTrue();
        });
        assertThat(script.elements().get(6)).isInstanceOfSatisfying(Parenthetical.class,
                p -> assertThat(p.text()).isEqualTo("(shouting)"));
        assertThat(script.elements().get(7)).isInstanceOf(Dialogue.class);
        assertThat(script.elements().get(8)).isInstanceOfSatisfying(Action.class,
                general -> assertThat(general.text()).isEqualTo("A dog barks."));
        assertThat(script.elements().get(9)).isInstanceOfSatisfying(Transition.class,
                t -> assertThat(t.text()).isEqualTo("CUT TO:"));
        assertThat(script.elements().get(10)).isInstanceOf(PageBreak.class);
        assertThat(script.elements().get(11)).isInstanceOfSatisfying(Centered.class,
                c -> assertThat(c.text()).isEqualTo("THE END"));
        assertThat(script.elements().get(12)).isInstanceOfSatisfying(Action.class,
                a -> assertThat(a.text()).isEqualTo("INT. is not a heading here"));
    }

    @Test
    void refusesAnExternalEntityThatReadsAServerFile() {
        assertThatExceptionOfType(ScriptFileRefused.class)
                .isThrownBy(() -> FdxReader.read(resource("/fountain/exchange/xxe.fdx"), LIMIT))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.UNSAFE_FINAL_DRAFT))
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo("screenplay.exchange.error.unsafe-fdx"));
    }

    @Test
    void refusesBillionLaughs() {
        assertThatExceptionOfType(ScriptFileRefused.class)
                .isThrownBy(() -> FdxReader.read(resource("/fountain/exchange/billion-laughs.fdx"), LIMIT))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.UNSAFE_FINAL_DRAFT));
    }

    @Test
    void namesTheLineWhereBrokenXmlStops() {
        byte[] broken = """
                <?xml version="1.0" encoding="UTF-8"?>
                <FinalDraft DocumentType="Script">
                  <Content>
                    <Paragraph Type="Action"><Text>Rain.</Paragraph>
                  </Content>
                </FinalDraft>
                """.getBytes(StandardCharsets.UTF_8);
        assertThatExceptionOfType(ScriptFileRefused.class).isThrownBy(() -> FdxReader.read(broken, LIMIT))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED_FINAL_DRAFT))
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo("screenplay.exchange.error.malformed-fdx"))
                .satisfies(e -> assertThat(e.line()).isEqualTo(4))
                .satisfies(e -> assertThat(e.arguments()).containsExactly(4));
    }

    @Test
    void refusesXmlThatIsNotAFinalDraftDocument() {
        byte[] other = "<?xml version=\"1.0\"?>\n<html><body>Rain.</body></html>".getBytes(StandardCharsets.UTF_8);
        assertThatExceptionOfType(ScriptFileRefused.class).isThrownBy(() -> FdxReader.read(other, LIMIT))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED_FINAL_DRAFT));
        assertThatExceptionOfType(ScriptFileRefused.class)
                .isThrownBy(() -> FdxReader.read("INT. HOUSE - DAY".getBytes(StandardCharsets.UTF_8), LIMIT))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED_FINAL_DRAFT));
    }

    @Test
    void refusesAFileOverTheLimitBeforeReadingIt() {
        byte[] fdx = FdxWriter.write(corpusScript("brick-and-steel"), Paper.LETTER);
        assertThatExceptionOfType(ScriptFileRefused.class)
                .isThrownBy(() -> FdxReader.read(fdx, fdx.length - 1))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE));
        assertThat(FdxReader.read(fdx, fdx.length).elements()).isNotEmpty();
    }

    @Test
    void forcesWhatWouldOtherwiseReadAsSomethingElse() {
        var elements = List.<org.filmfactory.fountain.ScriptElement>of(
                new Action("Title: not a title page", false, List.of(TextRun.plain("Title: not a title page")), 0, 0),
                new SceneHeading("KITCHEN", "3", false, "", org.filmfactory.fountain.Setting.UNSPECIFIED, "", "",
                        List.of(TextRun.plain("KITCHEN")), 0, 0),
                new Action("INT. HOUSE - DAY", false, List.of(TextRun.plain("INT. HOUSE - DAY")), 0, 0),
                new CharacterCue("McCabe", List.of(), false, false, 0, 0),
                new Dialogue("Hi.", List.of(TextRun.plain("Hi.")), 0, 0),
                new Transition("Later", false, List.of(TextRun.plain("Later")), 0, 0),
                new Action("!Wow", false, List.of(TextRun.plain("!Wow")), 0, 0));
        String text = ParagraphWriter.write(List.of(), elements, Dialect.PLAIN);
        var script = FountainReader.read(text);

        assertThat(text).contains("!Title: not a title page", ".KITCHEN #3#", "!INT. HOUSE - DAY", "@McCabe",
                "> Later", "!!Wow");
        assertThat(script.titlePage()).isEmpty();
        assertThat(ElementShape.of(script.elements(), true)).containsExactlyElementsOf(ElementShape.of(elements, true));
    }

    @Test
    void keepsALoneDualBlockApartFromTheOrdinaryBlockBeforeIt() {
        var script = FountainReader.read("BOB\nHi.\n\n  \n\nALICE ^\nHello.\n");
        assertThat(script.elements()).filteredOn(CharacterCue.class::isInstance)
                .extracting(e -> ((CharacterCue) e).dual()).containsExactly(false, true);

        var again = FountainReader.read(ParagraphWriter.write(script, Dialect.PLAIN));
        assertThat(ElementShape.of(again.elements(), true))
                .containsExactlyElementsOf(ElementShape.of(script.elements(), true));
    }

    @Test
    void writesEmphasisThatReadsBack() {
        var runs = List.of(TextRun.plain("a "), new TextRun("bold", true, false, false), TextRun.plain(" and "),
                new TextRun("under lined", false, false, true), TextRun.plain(" *star* _x_ \\ [[no note]]"));
        String markup = ParagraphWriter.markup(runs);

        assertThat(markup).isEqualTo("a **bold** and _under lined_ \\*star\\* \\_x\\_ \\\\ \\[[no note]]");
        assertThat(ElementShape.samePrint(InlineMarkup.runs(markup), runs)).isTrue();
    }
}
