package org.filmfactory.fountain;

import java.util.List;

/**
 * A direction in parentheses inside a dialogue block: {@code (beat)}.
 *
 * @param text the line trimmed, parentheses kept
 */
public record Parenthetical(String text, List<TextRun> runs, int firstLine, int lastLine) implements ScriptElement {

    public Parenthetical {
        runs = List.copyOf(runs);
    }
}
