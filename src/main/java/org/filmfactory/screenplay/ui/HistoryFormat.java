package org.filmfactory.screenplay.ui;

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

    /** A moment in the reader's own time zone, written the reader's way: the studio's members may be anywhere. */
    static String when(Instant at, Locale locale) {
        return StudioTime.format(at, FormatStyle.MEDIUM, FormatStyle.SHORT);
    }
}
