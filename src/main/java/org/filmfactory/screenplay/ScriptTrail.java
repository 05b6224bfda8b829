package org.filmfactory.screenplay;

import java.util.List;

/**
 * The live script with the places each recent step changed, so that a position taken at an earlier revision (a
 * comment on some lines) can be followed to where its text is now, as an editor maps its selection through incoming
 * changes.
 *
 * @param text the live text
 * @param revision its revision
 * @param since the earliest revision the steps start from: {@code steps.get(i)} turned revision {@code since + i}
 *     into {@code since + i + 1}, and the last one made {@code revision}. Positions of a revision before
 *     {@code since} cannot be followed step by step (those steps are no longer kept)
 * @param steps the places each step replaced, in document order and in positions of the text before that step
 */
public record ScriptTrail(String text, long revision, long since, List<List<Replaced>> steps) {

    public ScriptTrail {
        steps = List.copyOf(steps);
        if (since + steps.size() != revision) {
            throw new IllegalArgumentException("steps from " + since + " do not reach revision " + revision);
        }
    }

    /**
     * One replaced place: {@code from}–{@code to} (UTF-16 offsets) of the text before the step gave way to
     * {@code inserted} characters; an insertion has {@code from == to}, a deletion {@code inserted == 0}.
     */
    public record Replaced(int from, int to, int inserted) {
    }
}
