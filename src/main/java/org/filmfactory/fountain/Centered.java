package org.filmfactory.fountain;

import java.util.List;

/**
 * Centered text: every line of the paragraph written {@code > THE END <}.
 *
 * @param text the lines without their brackets, trimmed, joined with {@code \n}
 */
public record Centered(String text, List<TextRun> runs, int firstLine, int lastLine) implements ScriptElement {

    public Centered {
        runs = List.copyOf(runs);
    }
}
