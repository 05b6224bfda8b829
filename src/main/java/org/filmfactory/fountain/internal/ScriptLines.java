package org.filmfactory.fountain.internal;

import java.util.ArrayList;
import java.util.List;
import org.filmfactory.fountain.Boneyard;

/**
 * Splits the text into {@link Line}s (CRLF, CR and LF each end one; a leading byte order mark is dropped) and takes
 * out the boneyards. A boneyard runs from a {@code /*} to the next {@code *}{@code /}; when that closing mark starts
 * its line (only white space before it), the boneyard also ends the paragraph before it, as in the reference parser:
 * a heading right after a boneyard that closes on its own line is still a heading.
 *
 * <p>One pass, no backtracking: once an opening mark has no closing mark after it, there is none for any later
 * opening mark either, so the search stops and every later {@code /*} stays as text.
 */
final class ScriptLines {

    final List<Line> lines;
    final List<Boneyard> boneyards = new ArrayList<>();
    /** The line of the first {@code /*} that is never closed, 0 when every one is. */
    int unclosedBoneyard;

    private ScriptLines(int expectedLines) {
        this.lines = new ArrayList<>(expectedLines);
    }

    static ScriptLines read(String text) {
        var result = new ScriptLines(Math.max(16, text.length() / 40));
        result.split(text);
        return result;
    }

    private void split(String text) {
        int n = text.length();
        int i = n > 0 && text.charAt(0) == '\ufeff' ? 1 : 0;
        int lineNumber = 1;
        int nextOpen = text.indexOf("/*", i);
        StringBuilder joined = null;
        int joinedStart = 0;
        int joinedVisible = 0;
        // The end of the physical line that i is on; found once per line, since many boneyards can share one.
        int eol = -1;
        while (true) {
            if (eol < i) {
                eol = i;
                while (eol < n && text.charAt(eol) != '\n' && text.charAt(eol) != '\r') {
                    eol++;
                }
            }
            if (nextOpen >= 0 && nextOpen < eol) {
                int close = text.indexOf("*/", nextOpen + 2);
                if (close < 0) {
                    unclosedBoneyard = lineNumber;
                    nextOpen = -1;
                    continue;
                }
                if (joined == null) {
                    joined = new StringBuilder();
                    joinedStart = lineNumber;
                    joinedVisible = 0;
                }
                if (joinedVisible == 0 && !Whitespace.isBlank(text, i, nextOpen)) {
                    joinedVisible = lineNumber;
                }
                joined.append(text, i, nextOpen);
                int endLine = lineNumber;
                int lastBreak = -1;
                for (int k = nextOpen + 2; k < close; k++) {
                    char c = text.charAt(k);
                    if (c == '\n' || c == '\r') {
                        endLine++;
                        if (c == '\r' && k + 1 < close && text.charAt(k + 1) == '\n') {
                            k++;
                        }
                        lastBreak = k;
                    }
                }
                boneyards.add(new Boneyard(text.substring(nextOpen + 2, close), lineNumber, endLine));
                if (lastBreak >= 0 && Whitespace.isBlank(text, lastBreak + 1, close)) {
                    lines.add(new Line(joined.toString(), joinedVisible == 0 ? joinedStart : joinedVisible,
                            lineNumber));
                    lines.add(new Line("", lineNumber, endLine));
                    joined.setLength(0);
                    joinedStart = endLine;
                    joinedVisible = 0;
                }
                lineNumber = endLine;
                i = close + 2;
                nextOpen = text.indexOf("/*", i);
                continue;
            }
            if (joined == null) {
                lines.add(new Line(text.substring(i, eol), lineNumber, lineNumber));
            } else {
                if (joinedVisible == 0 && !Whitespace.isBlank(text, i, eol)) {
                    joinedVisible = lineNumber;
                }
                joined.append(text, i, eol);
                lines.add(new Line(joined.toString(), joinedVisible == 0 ? joinedStart : joinedVisible, lineNumber));
                joined = null;
            }
            if (eol >= n) {
                return;
            }
            i = eol + (text.charAt(eol) == '\r' && eol + 1 < n && text.charAt(eol + 1) == '\n' ? 2 : 1);
            lineNumber++;
        }
    }
}
