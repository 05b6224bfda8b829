package org.filmfactory.fountain.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.filmfactory.fountain.TextRun;

/**
 * Emphasis inside an element's text: {@code *italic*}, {@code **bold**}, {@code ***bold italic***},
 * {@code _underline_} and their combinations ({@code _**bold underline**_}); a backslash makes the next mark
 * literal ({@code \*}); inline notes {@code [[…]]} are left out of the printed text.
 *
 * <p>Emphasis never crosses a line break. A mark opens when text follows it and closes when text precedes it; an
 * underscore also needs no letter or digit on its outer side, so {@code snake_case_name} stays as written. A closing
 * mark pairs with the nearest open mark of the same kind; marks left open in between print as written. Every mark
 * goes on the stack once and comes off once, so the work is linear in the text's length.
 */
final class InlineMarkup {

    private static final String ESCAPABLE = "\\*_@#!$~`+=.><[]/^";
    private static final int ITALIC = 0;
    private static final int BOLD = 1;
    private static final int BOLD_ITALIC = 2;
    private static final int UNDERLINE = 3;
    private static final int NONE = -1;

    private InlineMarkup() {
    }

    static List<TextRun> runs(String text) {
        if (!mayHaveMarkup(text)) {
            return text.isEmpty() ? List.of() : List.of(TextRun.plain(text));
        }
        int n = text.length();
        char[] visible = new char[n];
        boolean[] escaped = new boolean[n];
        int m = 0;
        boolean notesPossible = true;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '[' && notesPossible && i + 1 < n && text.charAt(i + 1) == '[') {
                int close = text.indexOf("]]", i + 2);
                if (close >= 0) {
                    i = close + 2;
                    continue;
                }
                notesPossible = false;
            }
            if (c == '\\' && i + 1 < n && ESCAPABLE.indexOf(text.charAt(i + 1)) >= 0) {
                visible[m] = text.charAt(i + 1);
                escaped[m] = true;
                m++;
                i += 2;
                continue;
            }
            visible[m++] = c;
            i++;
        }
        return style(visible, escaped, m);
    }

    private static boolean mayHaveMarkup(String text) {
        // indexOf is vectorised by the JVM; four of them beat one loop over the characters.
        return text.indexOf('*') >= 0 || text.indexOf('_') >= 0 || text.indexOf('\\') >= 0 || text.indexOf('[') >= 0;
    }

    private static List<TextRun> style(char[] visible, boolean[] escaped, int m) {
        boolean[] hidden = new boolean[m];
        int[][] delta = new int[4][];
        int[] stackStart = new int[8];
        int[] stackEnd = new int[8];
        int[] stackKind = new int[8];
        int depth = 0;
        int[] open = new int[4];
        int k = 0;
        while (k < m) {
            char c = visible[k];
            if (c == '\n') {
                depth = 0;
                open[0] = open[1] = open[2] = open[3] = 0;
                k++;
                continue;
            }
            if (escaped[k] || (c != '*' && c != '_')) {
                k++;
                continue;
            }
            int r = k + 1;
            while (r < m && visible[r] == c && !escaped[r]) {
                r++;
            }
            int kind = kind(c, r - k);
            if (kind != NONE) {
                char before = k > 0 ? visible[k - 1] : '\n';
                char after = r < m ? visible[r] : '\n';
                boolean canOpen = !Whitespace.isSpace(after);
                boolean canClose = !Whitespace.isSpace(before);
                if (c == '_') {
                    canOpen &= !Character.isLetterOrDigit(before);
                    canClose &= !Character.isLetterOrDigit(after);
                }
                if (canClose && open[kind] > 0) {
                    while (depth > 0) {
                        depth--;
                        open[stackKind[depth]]--;
                        if (stackKind[depth] == kind) {
                            int[] styleDelta = delta[kind] == null ? (delta[kind] = new int[m + 1]) : delta[kind];
                            styleDelta[stackEnd[depth]]++;
                            styleDelta[k]--;
                            for (int h = stackStart[depth]; h < stackEnd[depth]; h++) {
                                hidden[h] = true;
                            }
                            for (int h = k; h < r; h++) {
                                hidden[h] = true;
                            }
                            break;
                        }
                    }
                } else if (canOpen) {
                    if (depth == stackKind.length) {
                        stackStart = Arrays.copyOf(stackStart, depth * 2);
                        stackEnd = Arrays.copyOf(stackEnd, depth * 2);
                        stackKind = Arrays.copyOf(stackKind, depth * 2);
                    }
                    stackStart[depth] = k;
                    stackEnd[depth] = r;
                    stackKind[depth] = kind;
                    depth++;
                    open[kind]++;
                }
            }
            k = r;
        }
        return collect(visible, hidden, delta, m);
    }

    private static int kind(char mark, int length) {
        if (mark == '_') {
            return length == 1 ? UNDERLINE : NONE;
        }
        return switch (length) {
            case 1 -> ITALIC;
            case 2 -> BOLD;
            case 3 -> BOLD_ITALIC;
            default -> NONE;
        };
    }

    private static List<TextRun> collect(char[] visible, boolean[] hidden, int[][] delta, int m) {
        List<TextRun> runs = new ArrayList<>(2);
        var text = new StringBuilder(m);
        int[] level = new int[4];
        boolean bold = false;
        boolean italic = false;
        boolean underline = false;
        for (int k = 0; k < m; k++) {
            for (int kind = 0; kind < 4; kind++) {
                if (delta[kind] != null) {
                    level[kind] += delta[kind][k];
                }
            }
            if (hidden[k]) {
                continue;
            }
            boolean nowBold = level[BOLD] > 0 || level[BOLD_ITALIC] > 0;
            boolean nowItalic = level[ITALIC] > 0 || level[BOLD_ITALIC] > 0;
            boolean nowUnderline = level[UNDERLINE] > 0;
            if (text.length() > 0 && (nowBold != bold || nowItalic != italic || nowUnderline != underline)) {
                runs.add(new TextRun(text.toString(), bold, italic, underline));
                text.setLength(0);
            }
            bold = nowBold;
            italic = nowItalic;
            underline = nowUnderline;
            text.append(visible[k]);
        }
        if (text.length() > 0) {
            runs.add(new TextRun(text.toString(), bold, italic, underline));
        }
        return runs;
    }
}
