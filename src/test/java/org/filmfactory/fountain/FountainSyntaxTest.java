package org.filmfactory.fountain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** One rule of Fountain 1.1 (and of the Chinese dialect) per test, on the smallest script that shows it. */
class FountainSyntaxTest {

    // Title page -----------------------------------------------------------------------------------------------------

    @Test
    void titlePageHasKeysAndIndentedMultiLineValues() {
        var script = parse(
                "Title:",
                "\t_**BRICK & STEEL**_",
                "\t_**FULL RETIRED**_",
                "Credit: Written by",
                "Draft date: 1/27/2012",
                "Contact:",
                "    Next Level Productions",
                "    1588 Mission Dr.",
                "",
                "EXT. BRICK'S PATIO - DAY");

        assertThat(script.title()).isEqualTo("BRICK & STEEL FULL RETIRED");
        assertThat(script.titlePage()).extracting(TitlePageEntry::key, TitlePageEntry::value,
                TitlePageEntry::firstLine, TitlePageEntry::lastLine).containsExactly(
                        tuple("Title", "_**BRICK & STEEL**_\n_**FULL RETIRED**_", 1, 3),
                        tuple("Credit", "Written by", 4, 4),
                        tuple("Draft date", "1/27/2012", 5, 5),
                        tuple("Contact", "Next Level Productions\n1588 Mission Dr.", 6, 8));
        assertThat(script.titlePage().getFirst().runs()).containsExactly(
                new TextRun("BRICK & STEEL", true, false, true), TextRun.plain("\n"),
                new TextRun("FULL RETIRED", true, false, true));
        assertThat(script.elements()).extracting(ScriptElement::firstLine).containsExactly(10);
    }

    @Test
    void titlePageStartsOnlyWithAKnownKey() {
        var script = parse("FADE IN:", "", "INT. HOUSE - DAY");

        assertThat(script.titlePage()).isEmpty();
        assertThat(script.elements().getFirst()).isInstanceOf(Action.class);
    }

    @Test
    void keyWithoutValueTakesTheUnindentedLinesUnderIt() {
        var script = parse("Title: Beat Tutorial", "Contact:", "beat@beat-app.fi", "www.beat-app.fi", "",
                "INT. SCHOOL ROOM - DAY");

        assertThat(script.titlePage()).extracting(TitlePageEntry::key, TitlePageEntry::value).containsExactly(
                tuple("Title", "Beat Tutorial"), tuple("Contact", "beat@beat-app.fi\nwww.beat-app.fi"));
        assertThat(script.elements()).hasSize(1);
    }

    @Test
    void titleKeepsNoEmphasisOrNotes() {
        assertThat(parse("Title: *The* [[working title]]**Card**").title()).isEqualTo("The Card");
        assertThat(parse("Title:", "Author: Nobody").title()).isNull();
    }

    // Scene headings -------------------------------------------------------------------------------------------------

    @Test
    void headingPrefixesGiveTheSetting() {
        var script = parse("INT. HOUSE - DAY", "", "EXT. PARK - NIGHT", "", "INT./EXT. CAR - DAY", "",
                "I/E BOAT - DUSK", "", "EST. CITY - DAWN", "", "int. kitchen - day", "", "INT HOUSE DAY");

        assertThat(script.scenes()).extracting(Scene::setting, scene -> scene.heading().prefix(), Scene::location,
                Scene::timeOfDay).containsExactly(
                        tuple(Setting.INTERIOR, "INT.", "HOUSE", "DAY"),
                        tuple(Setting.EXTERIOR, "EXT.", "PARK", "NIGHT"),
                        tuple(Setting.INTERIOR_EXTERIOR, "INT./EXT.", "CAR", "DAY"),
                        tuple(Setting.INTERIOR_EXTERIOR, "I/E", "BOAT", "DUSK"),
                        tuple(Setting.ESTABLISHING, "EST.", "CITY", "DAWN"),
                        tuple(Setting.INTERIOR, "int.", "kitchen", "day"),
                        tuple(Setting.INTERIOR, "INT", "HOUSE", "DAY"));
    }

    @Test
    void headingNeedsABlankLineAfterIt() {
        var script = parse("INT. HOUSE - DAY", "EXT. HOUSE - DAY");

        assertThat(script.scenes()).isEmpty();
        assertThat(script.elements()).containsExactly(
                new CharacterCue("INT. HOUSE - DAY", List.of(), false, false, 1, 1),
                new Dialogue("EXT. HOUSE - DAY", List.of(TextRun.plain("EXT. HOUSE - DAY")), 2, 2));
    }

    @Test
    void sceneNumberIsTakenOffTheHeading() {
        var script = parse("INT. HOUSE - DAY #1A#", "", "EXT. YARD - NIGHT #I-1-A#", "", "EST BUCKET LIST #😆#");

        assertThat(script.scenes()).extracting(scene -> scene.heading().text(), scene -> scene.heading().sceneNumber())
                .containsExactly(tuple("INT. HOUSE - DAY", "1A"), tuple("EXT. YARD - NIGHT", "I-1-A"),
                        tuple("EST BUCKET LIST #😆#", null));
    }

    @Test
    void forcedHeadingStartsWithOneDotAndText() {
        var script = parse(".SNIPER SCOPE POV", "", "...not a heading", "", ". NOT A HEADING EITHER");

        assertThat(script.scenes()).extracting(scene -> scene.heading().text(), scene -> scene.heading().forced(),
                Scene::setting).containsExactly(tuple("SNIPER SCOPE POV", true, Setting.UNSPECIFIED));
        assertThat(script.elements()).filteredOn(Action.class::isInstance).hasSize(2);
    }

    @Test
    void headingKeepsNotesAndEmphasisInItsText() {
        var heading = (SceneHeading) parse("EXT. STREET - NIGHT [[BLUE]]").elements().getFirst();

        assertThat(heading.text()).isEqualTo("EXT. STREET - NIGHT [[BLUE]]");
        assertThat(heading.runs()).containsExactly(TextRun.plain("EXT. STREET - NIGHT "));
        assertThat(heading.timeOfDay()).isEqualTo("NIGHT");
    }

    // Action ---------------------------------------------------------------------------------------------------------

    @Test
    void actionIsAParagraphOfLines() {
        var script = parse("", "He enters.", "She leaves.", "", "Rain.");

        assertThat(script.elements()).containsExactly(
                new Action("He enters.\nShe leaves.", false, List.of(TextRun.plain("He enters.\nShe leaves.")), 2, 3),
                new Action("Rain.", false, List.of(TextRun.plain("Rain.")), 5, 5));
    }

    @Test
    void exclamationMarkForcesAction() {
        var script = parse("!INT. HOUSE - DAY", "", "!SCANNING THE AISLES...", "Where is that pit boss?");

        assertThat(script.elements()).extracting(element -> element.getClass().getSimpleName(),
                element -> ((Action) element).text()).containsExactly(
                        tuple("Action", "INT. HOUSE - DAY"),
                        tuple("Action", "SCANNING THE AISLES...\nWhere is that pit boss?"));
    }

    // Characters and dialogue ----------------------------------------------------------------------------------------

    @Test
    void dialogueBlockHasCueParentheticalsAndLines() {
        var script = parse("STEEL (V.O.) (CONT'D)", "(pause)", "They're coming", "out of the woodwork!", "(beat)",
                "No.");

        assertThat(script.elements()).containsExactly(
                new CharacterCue("STEEL", List.of("V.O.", "CONT'D"), false, false, 1, 1),
                new Parenthetical("(pause)", List.of(TextRun.plain("(pause)")), 2, 2),
                new Dialogue("They're coming\nout of the woodwork!",
                        List.of(TextRun.plain("They're coming\nout of the woodwork!")), 3, 4),
                new Parenthetical("(beat)", List.of(TextRun.plain("(beat)")), 5, 5),
                new Dialogue("No.", List.of(TextRun.plain("No.")), 6, 6));
        assertThat(script.characters()).containsExactly("STEEL");
        assertThat(script.dialogues()).isEqualTo(1);
    }

    @Test
    void atSignForcesACueWithLowerCase() {
        var script = parse("@McCABE", "Yippee.", "", "McCabe", "Not a cue.");

        assertThat(script.elements().getFirst()).isEqualTo(new CharacterCue("McCABE", List.of(), false, true, 1, 1));
        assertThat(script.elements().get(2)).isInstanceOf(Action.class);
        assertThat(script.characters()).containsExactly("MCCABE");
    }

    @Test
    void cueNeedsALineUnderIt() {
        assertThat(parse("", "BRICK", "").elements()).containsExactly(
                new Action("BRICK", false, List.of(TextRun.plain("BRICK")), 2, 2));
    }

    @Test
    void numbersAndTransitionsAreNotCues() {
        var script = parse("12", "apples", "", "SMASH TO BLACK.", "x", "", "1 (x)", "y");

        assertThat(script.elements()).allMatch(Action.class::isInstance).hasSize(3);
    }

    @Test
    void caretMakesDualDialogueOnBothSides() {
        var script = parse("BRICK", "Screw retirement.", "", "STEEL ^", "Screw retirement.", "", "BRICK", "Later.");

        assertThat(script.elements()).filteredOn(CharacterCue.class::isInstance)
                .extracting(element -> ((CharacterCue) element).name(), element -> ((CharacterCue) element).dual())
                .containsExactly(tuple("BRICK", true), tuple("STEEL", true), tuple("BRICK", false));
        assertThat(script.dialogues()).isEqualTo(3);
    }

    @Test
    void twoSpacesKeepABlankLineInsideDialogue() {
        var script = parse("DEALER", "Ten.", "  ", "Four.");

        assertThat(script.elements().get(1)).isEqualTo(
                new Dialogue("Ten.\n\nFour.", List.of(TextRun.plain("Ten.\n\nFour.")), 2, 4));
        assertThat(parse("Rain.", "", "  ", "Hail.", "  ").elements()).last()
                .isEqualTo(new Action("Hail.", false, List.of(TextRun.plain("Hail.")), 4, 4));
    }

    @Test
    void caselessChineseLineBeforeTextIsACue() {
        var script = parse("角色1", "台词。", "", "一行动作。");

        assertThat(script.elements()).containsExactly(
                new CharacterCue("角色1", List.of(), false, false, 1, 1),
                new Dialogue("台词。", List.of(TextRun.plain("台词。")), 2, 2),
                new Action("一行动作。", false, List.of(TextRun.plain("一行动作。")), 4, 4));
    }

    @Test
    void cueNameIsNormalizedForTheBreakdown() {
        var cue = new CharacterCue("Mc  Cabe\tJr", List.of(), false, true, 1, 1);

        assertThat(cue.normalizedName()).isEqualTo("MC CABE JR");
        assertThat(new CharacterCue("角色1", List.of(), false, true, 1, 1).normalizedName()).isEqualTo("角色1");
    }

    // Lyrics, transitions, centered, page breaks ---------------------------------------------------------------------

    @Test
    void tildeMakesLyrics() {
        var script = parse("~Willy Wonka!", "~Willy Wonka!", "", "@McCABE", "~Happy birthday to you!", "",
                "~ not a lyric");

        assertThat(script.elements()).containsExactly(
                new Lyric("Willy Wonka!\nWilly Wonka!", List.of(TextRun.plain("Willy Wonka!\nWilly Wonka!")), 1, 2),
                new CharacterCue("McCABE", List.of(), false, true, 4, 4),
                new Lyric("Happy birthday to you!", List.of(TextRun.plain("Happy birthday to you!")), 5, 5),
                new Action("~ not a lyric", false, List.of(TextRun.plain("~ not a lyric")), 7, 7));
    }

    @Test
    void transitionsEndInToOrAreForced() {
        var script = parse("CUT TO:", "", "FADE OUT.", "", "> Burn to White.", "", "He walks over TO:", "",
                "CUT TO:", "Not alone.");

        assertThat(script.elements()).extracting(element -> element instanceof Transition transition
                ? transition.text() + (transition.forced() ? " (forced)" : "") : element.getClass().getSimpleName())
                .containsExactly("CUT TO:", "FADE OUT.", "Burn to White. (forced)", "Action", "Action");
    }

    @Test
    void bracketsCenterText() {
        var script = parse("> THE END <", ">   the very end   <");

        assertThat(script.elements()).containsExactly(new Centered("THE END\nthe very end",
                List.of(TextRun.plain("THE END\nthe very end")), 1, 2));
    }

    @Test
    void threeEqualSignsBreakThePage() {
        var script = parse("Rain.", "", "===", "", "====", "", "== x");

        assertThat(script.elements()).extracting(element -> element.getClass().getSimpleName())
                .containsExactly("Action", "PageBreak", "PageBreak", "Action");
    }

    // Outline and notes ----------------------------------------------------------------------------------------------

    @Test
    void sectionsHaveDepth() {
        var script = parse("# Act One", "", "## Sequence", "", "### Scene idea");

        assertThat(script.elements()).containsExactly(new Section("Act One", 1, 1, 1),
                new Section("Sequence", 2, 3, 3), new Section("Scene idea", 3, 5, 5));
    }

    @Test
    void stackedOutlineLinesAreOneActionParagraphAsInTheReference() {
        var script = parse("## Scott's Hit", "### Scott's Morning", "", "# 大纲第一层级", "= 大纲说明");

        assertThat(script.elements()).allMatch(Action.class::isInstance).hasSize(2);
    }

    @Test
    void equalsSignMakesASynopsis() {
        assertThat(parse("= Set up the characters.").elements())
                .containsExactly(new Synopsis("Set up the characters.", 1, 1));
    }

    @Test
    void noteAloneOnItsLineIsANote() {
        var script = parse("[[Check the prop list.]]", "", "He picks up a [[red?]] ladle.");

        assertThat(script.elements()).containsExactly(new Note("Check the prop list.", 1, 1),
                new Action("He picks up a [[red?]] ladle.", false, List.of(TextRun.plain("He picks up a  ladle.")),
                        3, 3));
    }

    // Boneyard -------------------------------------------------------------------------------------------------------

    @Test
    void boneyardIsTakenOutInlineAndAcrossLines() {
        var script = parse("Rain /* hail */falls.", "", "/*", "INT. GONE - DAY", "", "*/", "", "Sun.");

        assertThat(script.elements()).containsExactly(
                new Action("Rain falls.", false, List.of(TextRun.plain("Rain falls.")), 1, 1),
                new Action("Sun.", false, List.of(TextRun.plain("Sun.")), 8, 8));
        assertThat(script.boneyards()).containsExactly(new Boneyard(" hail ", 1, 1),
                new Boneyard("\nINT. GONE - DAY\n\n", 3, 6));
        assertThat(script.scenes()).isEmpty();
    }

    @Test
    void boneyardClosingOnItsOwnLineEndsTheParagraph() {
        var afterMark = parse("CUT TO:", "/*", "INT. GARAGE - DAY", "*/ EXT. MANSION - DAY", "", "Beer.");
        var beforeMark = parse("CUT TO: /*", "INT. GARAGE - DAY", "*/", "EXT. MANSION - DAY", "", "Beer.");

        assertThat(afterMark.scenes()).extracting(Scene::line, scene -> scene.heading().text())
                .containsExactly(tuple(4, "EXT. MANSION - DAY"));
        assertThat(beforeMark.scenes()).extracting(Scene::line, scene -> scene.heading().text())
                .containsExactly(tuple(4, "EXT. MANSION - DAY"));
        assertThat(beforeMark.elements().getFirst()).isInstanceOf(Transition.class);
    }

    @Test
    void boneyardClosingMidLineJoinsTheLines() {
        var script = parse("Rain /* not", "this */falls.");

        assertThat(script.elements()).containsExactly(
                new Action("Rain falls.", false, List.of(TextRun.plain("Rain falls.")), 1, 2));
    }

    @Test
    void unclosedBoneyardStaysTextWithAWarning() {
        var script = parse("INT. HOUSE - DAY", "", "Rain. /* later", "", "EXT. YARD - DAY");

        assertThat(script.scenes()).hasSize(2);
        assertThat(script.warnings()).containsExactly(new ScriptWarning(3, ScriptWarning.UNCLOSED_BONEYARD));
        assertThat(script.warnings().getFirst().arguments()).containsExactly(3);
    }

    // Emphasis -------------------------------------------------------------------------------------------------------

    @Test
    void emphasisBecomesStyledRuns() {
        var action = (Action) parse("*italic* **bold** ***both*** _under_ _**bold under**_").elements().getFirst();

        assertThat(action.runs()).containsExactly(
                new TextRun("italic", false, true, false), TextRun.plain(" "),
                new TextRun("bold", true, false, false), TextRun.plain(" "),
                new TextRun("both", true, true, false), TextRun.plain(" "),
                new TextRun("under", false, false, true), TextRun.plain(" "),
                new TextRun("bold under", true, false, true));
    }

    @Test
    void backslashEscapesAndUnmatchedMarksStayAsWritten() {
        var action = (Action) parse("What the f\\*ck! 2 * 3 = 6, snake_case_name, **open").elements().getFirst();

        assertThat(action.runs()).containsExactly(
                TextRun.plain("What the f*ck! 2 * 3 = 6, snake_case_name, **open"));
    }

    @Test
    void emphasisDoesNotCrossLines() {
        var action = (Action) parse("*one", "two*").elements().getFirst();

        assertThat(action.runs()).containsExactly(TextRun.plain("*one\ntwo*"));
    }

    // Lines ----------------------------------------------------------------------------------------------------------

    @Test
    void everyLineEndingCountsOnceAndTheByteOrderMarkIsNoLine() {
        var script = FountainReader.read("\ufeffINT. A - DAY\r\n\r\nOne.\rTwo.\n\nEXT. B - NIGHT");

        assertThat(script.elements()).extracting(ScriptElement::firstLine, ScriptElement::lastLine)
                .containsExactly(tuple(1, 1), tuple(3, 4), tuple(6, 6));
        assertThat(script.scenes()).extracting(Scene::line, Scene::lastLine).containsExactly(tuple(1, 4), tuple(6, 6));
        assertThat(FountainReader.read("\ufeffRain.").elements())
                .containsExactly(new Action("Rain.", false, List.of(TextRun.plain("Rain.")), 1, 1));
    }

    // Scenes ---------------------------------------------------------------------------------------------------------

    @Test
    void sceneCountsItsCharactersDialoguesAndActions() {
        var script = parse("Prologue.", "", "STEEL", "Before.", "", "INT. HOUSE - DAY", "", "Rain.", "", "brick",
                "", "BRICK", "Hi.", "", "STEEL", "Hey.", "", "BRICK (O.S.)", "Bye.", "", "CUT TO:");

        var scene = script.scenes().getFirst();
        assertThat(scene.number()).isEqualTo(1);
        assertThat(scene.characters()).containsExactly("BRICK", "STEEL");
        assertThat(scene.dialogues()).isEqualTo(3);
        assertThat(scene.actions()).isEqualTo(2);
        assertThat(script.dialogues()).isEqualTo(4);
        assertThat(script.characters()).containsExactly("STEEL", "BRICK");
    }

    @Test
    void sceneLengthIsEstimatedInEighthsOfAPage() {
        assertThat(parse("INT. HOUSE - DAY", "", "Rain.").scenes().getFirst().eighths()).isEqualTo(1);
        // The heading and 26 one-line action paragraphs, each with the blank line after it: 54 lines, a page.
        assertThat(sceneWithParagraphs("x".repeat(60)).eighths()).isEqualTo(8);
        // 31 Chinese characters take 62 columns: each paragraph wraps to 2 lines, 80 lines in all.
        assertThat(sceneWithParagraphs("雨".repeat(31)).eighths()).isEqualTo(12);
    }

    private static Scene sceneWithParagraphs(String paragraph) {
        var lines = new java.util.ArrayList<>(List.of("INT. HOUSE - DAY"));
        for (int i = 0; i < 26; i++) {
            lines.add("");
            lines.add(paragraph);
        }
        return parse(lines.toArray(String[]::new)).scenes().getFirst();
    }

    // Chinese dialect ------------------------------------------------------------------------------------------------

    @Test
    void chineseHeadingsNeedTheChineseDialect() {
        String[] lines = {"内景 茶馆 - 清晨", "", "外景 街道 夜", "", "内外景 车内 - 日", "", "内/外景 船 - 夜", "", "内景茶馆",
            "", "外景拍摄很辛苦。"};

        var chinese = FountainReader.read(String.join("\n", lines), Dialect.CHINESE);
        var plain = FountainReader.read(String.join("\n", lines), Dialect.PLAIN);

        assertThat(chinese.scenes()).extracting(scene -> scene.heading().text(), Scene::setting, Scene::location,
                Scene::timeOfDay).containsExactly(
                        tuple("内景 茶馆 - 清晨", Setting.INTERIOR, "茶馆", "清晨"),
                        tuple("外景 街道 夜", Setting.EXTERIOR, "街道", "夜"),
                        tuple("内外景 车内 - 日", Setting.INTERIOR_EXTERIOR, "车内", "日"),
                        tuple("内/外景 船 - 夜", Setting.INTERIOR_EXTERIOR, "船", "夜"));
        assertThat(plain.scenes()).isEmpty();
    }

    @Test
    void chineseHeadingAlsoNeedsABlankLineAfterIt() {
        var script = FountainReader.read("内景 茶馆 - 清晨\n王利发\n", Dialect.CHINESE);

        assertThat(script.scenes()).isEmpty();
        assertThat(script.elements().getFirst()).isInstanceOf(CharacterCue.class);
    }

    @Test
    void forcedChineseHeadingWorksInBothDialects() {
        for (var dialect : Dialect.values()) {
            var script = FountainReader.read(".内景 茶馆 - 清晨", dialect);
            assertThat(script.scenes()).as(dialect.name()).extracting(scene -> scene.heading().text(), Scene::setting)
                    .containsExactly(tuple("内景 茶馆 - 清晨", Setting.INTERIOR));
        }
    }

    @Test
    void chineseTitlePageKeysNeedTheChineseDialect() {
        String text = "标题: 茶馆\n作者：老舍\n\n.内景 茶馆 - 清晨";

        assertThat(FountainReader.read(text, Dialect.CHINESE).title()).isEqualTo("茶馆");
        assertThat(FountainReader.read(text, Dialect.CHINESE).titlePage()).extracting(TitlePageEntry::key)
                .containsExactly("标题", "作者");
        assertThat(FountainReader.read(text, Dialect.PLAIN).title()).isNull();
    }

    @Test
    void languagePicksTheDialect() {
        assertThat(Dialect.of(Locale.SIMPLIFIED_CHINESE)).isEqualTo(Dialect.CHINESE);
        assertThat(Dialect.of(Locale.TRADITIONAL_CHINESE)).isEqualTo(Dialect.CHINESE);
        assertThat(Dialect.of(Locale.ENGLISH)).isEqualTo(Dialect.PLAIN);
        assertThat(Dialect.of(Locale.FRENCH)).isEqualTo(Dialect.PLAIN);
    }

    private static ParsedScript parse(String... lines) {
        return FountainReader.read(String.join("\n", lines));
    }
}
