package org.filmfactory.screenplay.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.util.Random;
import java.util.UUID;
import org.filmfactory.screenplay.internal.Authorship.Mark;
import org.junit.jupiter.api.Test;

/** Following who changed each line through the steps of the co-editor. */
class AuthorshipTest {

    static final Mark ANA = new Mark(UUID.fromString("00000000-0000-0000-0000-00000000000a"),
            Instant.parse("2026-11-23T08:00:00Z"));
    static final Mark BO = new Mark(UUID.fromString("00000000-0000-0000-0000-00000000000b"),
            Instant.parse("2026-11-23T09:00:00Z"));
    static final Mark CY = new Mark(UUID.fromString("00000000-0000-0000-0000-00000000000c"),
            Instant.parse("2026-11-23T10:00:00Z"));

    /** Replaces {@code from}–{@code to} as {@code mark}, as one co-editor step. */
    private static void type(Authorship authorship, Mark mark, int from, int to, String text) {
        authorship.apply(TextChange.of(authorship.length(), from, to, text), mark);
    }

    @Test
    void typedLinesBelongToTheirWritersAndTheTextFollows() {
        var script = Authorship.unattributed("");
        type(script, ANA, 0, 0, "INT. HOUSE - DAY\n");
        type(script, BO, 17, 17, "Rain falls.\n");
        type(script, CY, 29, 29, "Wind howls.\n");
        assertThat(script.text()).isEqualTo("INT. HOUSE - DAY\nRain falls.\nWind howls.\n");
        assertThat(script.lines()).containsExactly("INT. HOUSE - DAY", "Rain falls.", "Wind howls.", "");
        assertThat(script.marks()).containsExactly(ANA, BO, CY, null);
    }

    @Test
    void changingAWordInsideALineMakesTheLineTheChangers() {
        var script = Authorship.unattributed("");
        type(script, ANA, 0, 0, "INT. HOUSE - DAY\nRain falls.\n");
        type(script, BO, 22, 27, "pours");
        assertThat(script.lines()).containsExactly("INT. HOUSE - DAY", "Rain pours.", "");
        assertThat(script.marks()).containsExactly(ANA, BO, null);
    }

    @Test
    void pressingEnterAtALinesEndOrDeletingALineLeavesTheNeighboursAlone() {
        var script = Authorship.unattributed("");
        type(script, ANA, 0, 0, "one\ntwo\nthree");
        type(script, BO, 3, 3, "\n");                      // Enter at the end of "one"
        assertThat(script.lines()).containsExactly("one", "", "two", "three");
        assertThat(script.marks()).containsExactly(ANA, BO, ANA, ANA);
        type(script, CY, 5, 9, "");                        // delete "two\n"
        assertThat(script.lines()).containsExactly("one", "", "three");
        assertThat(script.marks()).containsExactly(ANA, BO, ANA);
        type(script, CY, 3, 4, "");                        // join the empty line back onto "one"
        assertThat(script.lines()).containsExactly("one", "three");
        assertThat(script.marks()).containsExactly(ANA, ANA);
    }

    @Test
    void aWholeTextSaveMarksOnlyTheLinesItChanged() {
        var script = Authorship.unattributed("");
        type(script, ANA, 0, 0, "A\nB\nC\nD\nE");
        var before = script.text();
        var after = "A\nB2\nC\nD\nE2";
        script.apply(Rewrites.replacing(before, after), BO);
        assertThat(script.text()).isEqualTo(after);
        assertThat(script.marks()).containsExactly(ANA, BO, ANA, ANA, BO);
    }

    @Test
    void severalRangesInOneStepOnOneLineAreOneChangeOfThatLine() {
        var script = Authorship.unattributed("abc\ndef");
        var first = TextChange.of(7, 0, 1, "x");
        var both = first.compose(TextChange.of(7, 2, 3, "z"));
        script.apply(both, BO);
        assertThat(script.lines()).containsExactly("xbz", "def");
        assertThat(script.marks()).containsExactly(BO, null);
    }

    @Test
    void rangesOfOneStepThatShareALineAreJudgedTogether() {
        var script = Authorship.unattributed("");
        type(script, ANA, 0, 0, "abc");
        // One step: "a" becomes "x", and after "c" a copy of the old line is typed on a new line.
        var step = TextChange.of(3, 0, 1, "x").compose(TextChange.of(3, 3, 3, "\nabc"));
        script.apply(step, BO);
        assertThat(script.lines()).containsExactly("xbc", "abc");
        assertThat(script.marks()).containsExactly(BO, ANA);
    }

    @Test
    void chineseAndEmojiCountInUtf16UnitsLikeTheEditor() {
        var script = Authorship.unattributed("王：你来了。\n");
        type(script, ANA, 7, 7, "李：🎬 开拍！\n");
        type(script, BO, 2, 5, "你好");
        assertThat(script.lines()).containsExactly("王：你好。", "李：🎬 开拍！", "");
        assertThat(script.marks()).containsExactly(BO, ANA, null);
    }

    @Test
    void aChangeForAnotherLengthIsRefused() {
        var script = Authorship.unattributed("abc");
        assertThatIllegalArgumentException().isThrownBy(() -> script.apply(TextChange.of(5, 0, 0, "x"), ANA));
        assertThat(script.text()).isEqualTo("abc");
    }

    @Test
    void aligningKeepsMarksOfSharedLinesOnly() {
        var script = Authorship.unattributed("");
        type(script, ANA, 0, 0, "one\ntwo\nthree");
        var aligned = script.alignedTo("zero\none\nthree");
        assertThat(aligned.lines()).containsExactly("zero", "one", "three");
        assertThat(aligned.marks()).containsExactly(null, ANA, ANA);
    }

    @Test
    void replayingRandomStepsAlwaysGivesTheSameTextAsApplyingThem() {
        var random = new Random(3);
        var marks = new Mark[] {ANA, BO, CY};
        var script = Authorship.unattributed("");
        var text = "";
        for (int step = 0; step < 2_000; step++) {
            int from = random.nextInt(text.length() + 1);
            int to = Math.min(text.length(), from + random.nextInt(6));
            var insert = switch (random.nextInt(4)) {
                case 0 -> "\n";
                case 1 -> "雨\n";
                case 2 -> "";
                default -> "ab".substring(random.nextInt(2));
            };
            var change = TextChange.of(text.length(), from, to, insert);
            text = change.apply(text);
            script.apply(change, marks[random.nextInt(3)]);
            assertThat(script.length()).isEqualTo(text.length());
        }
        assertThat(script.text()).isEqualTo(text);
        assertThat(script.marks()).hasSize(script.lines().size());
    }
}
