package org.filmfactory.review.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.filmfactory.review.CommentTarget.OnScript;
import org.filmfactory.screenplay.ScriptTrail;
import org.filmfactory.screenplay.ScriptTrail.Replaced;
import org.junit.jupiter.api.Test;

class ScriptAnchoringTest {

    private static final String SCRIPT = "INT. KITCHEN - NIGHT\n\nANNA pours tea.\n\nANNA\nIt's late.\n";

    /** A script being typed into, keeping the places each step replaced, as the screenplay's trail gives them. */
    private static final class Typing {

        String text;
        final long since;
        final List<List<Replaced>> steps = new ArrayList<>();

        Typing(String text, long since) {
            this.text = text;
            this.since = since;
        }

        long revision() {
            return since + steps.size();
        }

        /** One step replacing each {from, to} (positions before the step, in order) with its text. */
        Typing step(Object... edits) {
            var places = new ArrayList<Replaced>();
            var out = new StringBuilder();
            int at = 0;
            for (int i = 0; i < edits.length; i += 3) {
                int from = (int) edits[i];
                int to = (int) edits[i + 1];
                var insert = (String) edits[i + 2];
                out.append(text, at, from).append(insert);
                at = to;
                places.add(new Replaced(from, to, insert.length()));
            }
            out.append(text.substring(at));
            text = out.toString();
            steps.add(places);
            return this;
        }

        Typing replace(int from, int to, String insert) {
            return step(from, to, insert);
        }

        ScriptTrail trail() {
            return new ScriptTrail(text, revision(), since, steps);
        }

        OnScript follow(OnScript anchor) {
            return ScriptAnchoring.follow(List.of(anchor), trail()).getFirst();
        }
    }

    private static OnScript on(long revision, String text, String quote) {
        int from = text.indexOf(quote);
        return new OnScript(revision, from, from + quote.length(), quote, false);
    }

    private static String textOf(OnScript anchor, Typing typing) {
        return typing.text.substring(anchor.from(), anchor.to());
    }

    @Test
    void textTypedBeforeTheRangeMovesIt() {
        var typing = new Typing(SCRIPT, 4);
        var anchor = on(4, SCRIPT, "ANNA pours tea.");
        typing.replace(0, 0, "FADE IN:\n\n").replace(10, 10, "EXT. ");

        var now = typing.follow(anchor);

        assertThat(now).isEqualTo(new OnScript(6, 37, 52, "ANNA pours tea.", false));
        assertThat(textOf(now, typing)).isEqualTo("ANNA pours tea.");
    }

    @Test
    void textTypedRightAtEitherEdgeStaysOutsideAndTextTypedInsideJoins() {
        var typing = new Typing(SCRIPT, 0);
        var anchor = on(0, SCRIPT, "ANNA pours tea.");
        int from = anchor.from();
        typing.replace(from, from, ">> ");
        typing.replace(from + 3 + 15, from + 3 + 15, " <<");
        typing.replace(from + 3 + 11, from + 3 + 11, "green ");

        var now = typing.follow(anchor);

        assertThat(textOf(now, typing)).isEqualTo("ANNA pours green tea.");
        assertThat(now.gone()).isFalse();
        assertThat(typing.text).contains(">> ANNA pours green tea. <<");
    }

    @Test
    void textTypedAfterTheRangeLeavesItWhereItIs() {
        var typing = new Typing(SCRIPT, 0);
        var anchor = on(0, SCRIPT, "ANNA pours tea.");
        typing.replace(SCRIPT.length(), SCRIPT.length(), "\nCUT TO:\n").replace(SCRIPT.length() - 1, SCRIPT.length(), "");

        assertThat(typing.follow(anchor)).isEqualTo(new OnScript(2, 22, 37, "ANNA pours tea.", false));
    }

    @Test
    void aPartlyDeletedRangeKeepsWhatIsLeft() {
        var typing = new Typing(SCRIPT, 0);
        var anchor = on(0, SCRIPT, "ANNA pours tea.");
        // "KITCHEN - NIGHT\n\nANNA " goes, then " tea." goes.
        typing.replace(SCRIPT.indexOf("KITCHEN"), SCRIPT.indexOf("pours"), "");
        typing.replace(typing.text.indexOf(" tea."), typing.text.indexOf(" tea.") + 5, "");

        var now = typing.follow(anchor);

        assertThat(textOf(now, typing)).isEqualTo("pours");
        assertThat(now.gone()).isFalse();
    }

    @Test
    void aWhollyDeletedRangeIsGoneAtWhereItsTextWas() {
        var typing = new Typing(SCRIPT, 0);
        var anchor = on(0, SCRIPT, "ANNA pours tea.");
        // Deleted in two steps: the range shrinks, then its last characters go.
        typing.replace(anchor.from(), anchor.from() + 5, "");
        typing.replace(typing.text.indexOf("pours tea."), typing.text.indexOf("pours tea.") + 10, "");
        typing.replace(0, 0, "FADE IN:\n");

        var now = typing.follow(anchor);

        assertThat(now).isEqualTo(new OnScript(3, 31, 31, "ANNA pours tea.", true));
        assertThat(typing.text.substring(0, 31)).isEqualTo("FADE IN:\nINT. KITCHEN - NIGHT\n\n");
    }

    @Test
    void aRangeReplacedWholeInOneStepIsGone() {
        var typing = new Typing(SCRIPT, 0);
        var anchor = on(0, SCRIPT, "ANNA pours tea.");
        typing.replace(anchor.from(), anchor.to(), "BEN drinks coffee.");

        var now = typing.follow(anchor);

        assertThat(now.gone()).isTrue();
        assertThat(now.from()).isEqualTo(now.to()).isEqualTo(22);
    }

    @Test
    void chineseTextIsFollowedInTheEditorsUnits() {
        var script = "内景。厨房 - 夜\n\n安娜倒茶。😀\n\n安娜\n很晚了。\n";
        var typing = new Typing(script, 10);
        var anchor = on(10, script, "安娜倒茶。😀");
        typing.replace(0, 0, "淡入：\n\n").replace(9, 9, "外景。");
        typing.replace(typing.text.indexOf("很晚了"), typing.text.indexOf("很晚了") + 3, "该睡了");

        var now = typing.follow(anchor);

        assertThat(textOf(now, typing)).isEqualTo("安娜倒茶。😀");
        assertThat(now.to() - now.from()).isEqualTo(7);
    }

    @Test
    void twoHundredStepsOfSeveralWritersAroundTheCommentedLineKeepItsText() {
        var random = new Random(12);
        var typing = new Typing(SCRIPT.repeat(20), 40);
        var quote = "STARLIGHT falls on 雪.";
        int middle = typing.text.indexOf("ANNA pours tea.", typing.text.length() / 2);
        typing.replace(middle, middle, quote + "\n");
        var anchor = on(41, typing.text, quote);
        var other = on(41, typing.text, "INT. KITCHEN - NIGHT");
        for (int s = 0; s < 200; s++) {
            // Each step carries a few writers' edits at once, as steps rebased over each other do.
            var edits = new ArrayList<Object>();
            int at = 0;
            int[] guarded = where(typing, quote);
            for (int e = 0; e < 1 + random.nextInt(3); e++) {
                int from = at + random.nextInt(Math.max(1, (typing.text.length() - at) / 3));
                int to = Math.min(typing.text.length(), from + (random.nextBoolean() ? 0 : random.nextInt(6)));
                if (to > guarded[0] - 1 && from < guarded[1] + 1) {
                    // Never touch the commented text itself, nor type right at its edges in this test.
                    continue;
                }
                edits.add(from);
                edits.add(to);
                edits.add(random.nextBoolean() ? "" : random.nextBoolean() ? "写" : "typed ");
                at = to + 1;
                if (at >= typing.text.length()) {
                    break;
                }
            }
            if (edits.isEmpty()) {
                typing.step();
            } else {
                typing.step(edits.toArray());
            }
        }

        var now = ScriptAnchoring.follow(List.of(other, anchor), typing.trail());

        assertThat(typing.revision()).isEqualTo(241);
        assertThat(now.get(1).revision()).isEqualTo(241);
        assertThat(textOf(now.get(1), typing)).isEqualTo(quote);
        assertThat(now.get(1).from()).isEqualTo(typing.text.indexOf(quote));
        assertThat(now.get(0).revision()).isEqualTo(241);
    }

    private static int[] where(Typing typing, String quote) {
        int from = typing.text.indexOf(quote);
        return new int[] {from, from + quote.length()};
    }

    @Test
    void commentsOfDifferentRevisionsAreEachFollowedFromTheirOwn() {
        var typing = new Typing(SCRIPT, 0);
        var first = on(0, SCRIPT, "ANNA pours tea.");
        typing.replace(0, 0, "FADE IN:\n\n");
        var second = on(1, typing.text, "It's late.");
        typing.replace(0, 0, "TITLE\n");

        var now = ScriptAnchoring.follow(List.of(second, first), typing.trail());

        assertThat(textOf(now.get(0), typing)).isEqualTo("It's late.");
        assertThat(textOf(now.get(1), typing)).isEqualTo("ANNA pours tea.");
    }

    @Test
    void withoutTheStepsTheQuoteIsFoundAgainNearestItsOldPlace() {
        var script = "ANNA\nYes.\n\nBEN\nNo.\n\nANNA\nYes.\n\nBEN\nMaybe.\n";
        // Steps after revision 50 are kept; the comment is from revision 7, on the second "Yes.".
        var typing = new Typing("NEW\n" + script, 50);
        var anchor = new OnScript(7, script.lastIndexOf("Yes."), script.lastIndexOf("Yes.") + 4, "Yes.", false);

        var now = typing.follow(anchor);

        assertThat(now).isEqualTo(new OnScript(50, 29, 33, "Yes.", false));
        assertThat(now.from()).isEqualTo(typing.text.lastIndexOf("Yes."));
    }

    @Test
    void withoutTheStepsAQuoteThatIsNowhereIsGone() {
        var typing = new Typing("INT. GARDEN - DAY\n", 50);
        var anchor = new OnScript(7, 22, 37, "ANNA pours tea.", false);

        assertThat(typing.follow(anchor)).isEqualTo(new OnScript(50, 18, 18, "ANNA pours tea.", true));
    }
}
