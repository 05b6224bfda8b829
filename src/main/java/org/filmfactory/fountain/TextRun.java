package org.filmfactory.fountain;

import java.util.List;

/**
 * A stretch of printed text with one emphasis: {@code *italic*}, {@code **bold**}, {@code ***bold italic***},
 * {@code _underline_}, in any combination. Line breaks inside an element stay in the text as {@code \n}.
 */
public record TextRun(String text, boolean bold, boolean italic, boolean underline) {

    /** Plain text without emphasis. */
    public static TextRun plain(String text) {
        return new TextRun(text, false, false, false);
    }

    /** The printed text of {@code runs}, emphasis dropped. */
    public static String plainText(List<TextRun> runs) {
        if (runs.size() == 1) {
            return runs.getFirst().text();
        }
        var text = new StringBuilder();
        for (var run : runs) {
            text.append(run.text());
        }
        return text.toString();
    }
}
