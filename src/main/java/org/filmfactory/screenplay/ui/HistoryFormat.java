package org.filmfactory.screenplay.ui;

import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.filmfactory.platform.ui.StudioTime;

/** How the history's parts show script text, line numbers and times, so the list, compare and blame views agree. */
final class HistoryFormat {

    /** The script's own fonts, with a CJK fallback so Chinese lines keep their width and shape. */
    static final String SCRIPT_FONT =
            "\"Courier Prime\", \"Courier New\", Courier, \"Noto Sans Mono CJK SC\", \"Noto Sans CJK SC\", monospace";

    private HistoryFormat() {
    }

    /** A line number cell of a grid of lines; line 0 (no such line on this side) shows empty. */
    static Span lineNumber(int line) {
        var number = new Span(line == 0 ? "" : String.valueOf(line));
        number.getElement().setAttribute("role", "cell");
        number.getStyle().set("color", "var(--lumo-secondary-text-color)").set("text-align", "right")
                .set("padding", "0 var(--lumo-space-xs)").set("user-select", "none");
        return number;
    }

    /** A moment in the reader's own time zone, written the reader's way: the studio's members may be anywhere. */
    static String when(Instant at, Locale locale) {
        return StudioTime.format(at, FormatStyle.MEDIUM, FormatStyle.SHORT);
    }
}
