package org.filmfactory.screenplay.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.filmfactory.screenplay.internal.LineDiff.Kind.ADDED;
import static org.filmfactory.screenplay.internal.LineDiff.Kind.CHANGED;
import static org.filmfactory.screenplay.internal.LineDiff.Kind.REMOVED;
import static org.filmfactory.screenplay.internal.LineDiff.Kind.SAME;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.filmfactory.screenplay.internal.LineDiff.Row;
import org.junit.jupiter.api.Test;

/** The line difference behind "compare with now" and behind keeping authors of lines a change left alone. */
class LineDiffTest {

    /**
     * A guard against a diff that never ends (an unbounded search is quadratic: hours on these inputs), not a speed
     * target; it takes well under a second here.
     */
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    private static List<Row> diff(String before, String after) {
        return LineDiff.sideBySide(LineDiff.lines(before), LineDiff.lines(after));
    }

    @Test
    void linesAreCountedAsTheEditorCountsThem() {
        assertThat(LineDiff.lines("")).containsExactly("");
        assertThat(LineDiff.lines("a\n")).containsExactly("a", "");
        assertThat(LineDiff.lines("a\n\nb")).containsExactly("a", "", "b");
    }

    @Test
    void identicalTextsAreAllSame() {
        assertThat(diff("a\nb\nc", "a\nb\nc")).containsExactly(
                new Row(SAME, 0, 0), new Row(SAME, 1, 1), new Row(SAME, 2, 2));
    }

    @Test
    void anInsertedLineIsAddedAndTheRestStayPaired() {
        assertThat(diff("a\nb\nc", "a\nb\nNEW\nc")).containsExactly(
                new Row(SAME, 0, 0), new Row(SAME, 1, 1), new Row(ADDED, -1, 2), new Row(SAME, 2, 3));
        assertThat(diff("a\nb", "NEW\na\nb")).containsExactly(
                new Row(ADDED, -1, 0), new Row(SAME, 0, 1), new Row(SAME, 1, 2));
    }

    @Test
    void aDeletedLineIsRemoved() {
        assertThat(diff("a\nb\nc\nd", "a\nc\nd")).containsExactly(
                new Row(SAME, 0, 0), new Row(REMOVED, 1, -1), new Row(SAME, 2, 1), new Row(SAME, 3, 2));
        assertThat(diff("a\nb\nc", "a\nb")).containsExactly(
                new Row(SAME, 0, 0), new Row(SAME, 1, 1), new Row(REMOVED, 2, -1));
    }

    @Test
    void aRewrittenLineIsOneChangedRowAndLongerRewritesPairAsFarAsBothGo() {
        assertThat(diff("INT. HOUSE - DAY\nRain falls.\nEND", "INT. HOUSE - DAY\nRain pours.\nEND"))
                .containsExactly(new Row(SAME, 0, 0), new Row(CHANGED, 1, 1), new Row(SAME, 2, 2));
        assertThat(diff("a\nx\ny\nz\nb", "a\nX\nb")).containsExactly(new Row(SAME, 0, 0),
                new Row(CHANGED, 1, 1), new Row(REMOVED, 2, -1), new Row(REMOVED, 3, -1), new Row(SAME, 4, 2));
        assertThat(diff("a\nx\nb", "a\nX\nY\nb")).containsExactly(new Row(SAME, 0, 0),
                new Row(CHANGED, 1, 1), new Row(ADDED, -1, 2), new Row(SAME, 2, 3));
    }

    @Test
    void emptyTextsAndEmptyLinesAreLinesLikeAnyOther() {
        assertThat(diff("", "")).containsExactly(new Row(SAME, 0, 0));
        assertThat(diff("", "a\n")).containsExactly(new Row(ADDED, -1, 0), new Row(SAME, 0, 1));
        assertThat(diff("a\n", "")).containsExactly(new Row(REMOVED, 0, -1), new Row(SAME, 1, 0));
        assertThat(LineDiff.sideBySide(List.of(), List.of("x"))).containsExactly(new Row(ADDED, -1, 0));
        assertThat(LineDiff.sideBySide(List.of("x"), List.of())).containsExactly(new Row(REMOVED, 0, -1));
        assertThat(LineDiff.sideBySide(List.of(), List.of())).isEmpty();
    }

    @Test
    void chineseLinesCompareByTheirWholeText() {
        var before = "内景。茶馆 - 日\n王：你来了。\n李：来了。\n";
        var after = "内景。茶馆 - 夜\n王：你来了。\n李：我来晚了。\n张：🎬 开拍！\n";
        assertThat(diff(before, after)).containsExactly(new Row(CHANGED, 0, 0), new Row(SAME, 1, 1),
                new Row(CHANGED, 2, 2), new Row(ADDED, -1, 3), new Row(SAME, 3, 4));
    }

    @Test
    void movedBlocksAreSeenAsRemovedHereAndAddedThere() {
        var rows = diff("A\nB\nC\nD\nE", "C\nD\nE\nA\nB");
        assertThat(rows).containsExactly(new Row(REMOVED, 0, -1), new Row(REMOVED, 1, -1), new Row(SAME, 2, 0),
                new Row(SAME, 3, 1), new Row(SAME, 4, 2), new Row(ADDED, -1, 3), new Row(ADDED, -1, 4));
    }

    @Test
    void theSameLinesAreALongestCommonSubsequence() {
        var random = new Random(7);
        for (int round = 0; round < 300; round++) {
            var before = randomLines(random, random.nextInt(25));
            var after = randomLines(random, random.nextInt(25));
            var rows = LineDiff.sideBySide(before, after);
            assertCovers(rows, before, after);
            long same = rows.stream().filter(row -> row.kind() == SAME).count();
            assertThat(same).as("%s → %s", before, after).isEqualTo(lcs(before, after));
        }
    }

    @Test
    void aFeatureLengthScriptWithScatteredChangesIsComparedLineForLine() {
        var random = new Random(11);
        var before = new ArrayList<String>();
        for (int i = 0; i < 60_000; i++) {
            before.add("Line " + i + " " + (char) ('a' + random.nextInt(26)));
        }
        var after = new ArrayList<>(before);
        for (int i = 0; i < 400; i++) {
            int at = random.nextInt(after.size());
            switch (i % 3) {
                case 0 -> after.set(at, "changed " + i);
                case 1 -> after.add(at, "inserted " + i);
                default -> after.remove(at);
            }
        }
        var rows = assertTimeoutPreemptively(HANG_GUARD, () -> LineDiff.sideBySide(before, after));
        assertCovers(rows, before, after);
        assertThat(rows.stream().filter(row -> row.kind() == SAME).count()).isGreaterThan(59_000);
    }

    @Test
    void twoEntirelyDifferentLongTextsFinishAndStillCoverEveryLine() {
        var before = new ArrayList<String>();
        var after = new ArrayList<String>();
        for (int i = 0; i < 30_000; i++) {
            before.add("old " + i);
            after.add("new " + i);
        }
        // One shared line in the middle: the search has to give up on finding the best match, not on correctness.
        before.add(15_000, "FADE OUT.");
        after.add(15_000, "FADE OUT.");
        var rows = assertTimeoutPreemptively(HANG_GUARD, () -> LineDiff.sideBySide(before, after));
        assertCovers(rows, before, after);
    }

    /** Every line of each side appears once, in order, and SAME rows really pair equal lines. */
    private static void assertCovers(List<Row> rows, List<String> before, List<String> after) {
        int nextBefore = 0;
        int nextAfter = 0;
        for (var row : rows) {
            if (row.before() >= 0) {
                assertThat(row.before()).isEqualTo(nextBefore++);
            }
            if (row.after() >= 0) {
                assertThat(row.after()).isEqualTo(nextAfter++);
            }
            if (row.kind() == SAME) {
                assertThat(before.get(row.before())).isEqualTo(after.get(row.after()));
            }
            assertThat(row.before() >= 0).isEqualTo(row.kind() != ADDED);
            assertThat(row.after() >= 0).isEqualTo(row.kind() != REMOVED);
        }
        assertThat(nextBefore).isEqualTo(before.size());
        assertThat(nextAfter).isEqualTo(after.size());
    }

    private static List<String> randomLines(Random random, int count) {
        var lines = new ArrayList<String>();
        for (int i = 0; i < count; i++) {
            lines.add(String.valueOf((char) ('a' + random.nextInt(4))));
        }
        return lines;
    }

    private static int lcs(List<String> a, List<String> b) {
        int[][] best = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                best[i][j] = a.get(i).equals(b.get(j)) ? best[i + 1][j + 1] + 1
                        : Math.max(best[i + 1][j], best[i][j + 1]);
            }
        }
        return best[0][0];
    }
}
