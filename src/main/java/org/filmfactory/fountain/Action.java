package org.filmfactory.fountain;

import java.util.List;

/**
 * An action paragraph: one or more lines between blank lines that are nothing else. {@code !} forces a line that
 * would otherwise read as something else.
 *
 * @param text the lines as written, joined with {@code \n}, forcing {@code !} removed
 * @param forced whether the paragraph starts with {@code !}
 */
public record Action(String text, boolean forced, List<TextRun> runs, int firstLine, int lastLine)
        implements ScriptElement {

    public Action {
        runs = List.copyOf(runs);
    }
}
