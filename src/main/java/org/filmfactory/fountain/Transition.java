package org.filmfactory.fountain;

import java.util.List;

/**
 * A transition: an upper-case line ending in {@code TO:} ({@code CUT TO:}), {@code FADE OUT.}, {@code FADE TO
 * BLACK.}, {@code CUT TO BLACK.}, or any line forced with {@code >}.
 *
 * @param text the transition trimmed, without the forcing {@code >}
 * @param forced whether it was forced with {@code >}
 */
public record Transition(String text, boolean forced, List<TextRun> runs, int firstLine, int lastLine)
        implements ScriptElement {

    public Transition {
        runs = List.copyOf(runs);
    }
}
