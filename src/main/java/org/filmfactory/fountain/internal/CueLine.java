package org.filmfactory.fountain.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A character cue as written on the first line of a dialogue block: the name, its parenthesised extensions
 * ({@code V.O.}, {@code CONT'D}), whether {@code ^} makes it the right side of dual dialogue, whether {@code @} forced
 * it. Read with a character scan so that no line can make it backtrack.
 */
record CueLine(String name, List<String> extensions, boolean dual, boolean forced) {

    /**
     * The first line of a paragraph of two or more lines is a character cue when it is {@code @} and a name, or a
     * name without lower-case ASCII letters (so Chinese, which has no case, always qualifies); then optional
     * parenthesised extensions, optional {@code ^} for dual dialogue. It is not a cue when it starts with {@code !},
     * {@code .}, {@code >}, {@code ~}, {@code =}, {@code #} or {@code \@}, when it is only digits (a numbered list),
     * or when the name ends in {@code TO:}, {@code BLACK.} or {@code OUT.} (a transition). The reference also accepts
     * a blank name before an extension ({@code " (V.O.)"}); this reader wants at least one visible character.
     */
    static @Nullable CueLine read(String text) {
        int len = text.length();
        int start = Whitespace.skip(text, 0);
        if (start >= len) {
            return null;
        }
        char first = text.charAt(start);
        if (first == '!' || first == '.' || first == '>' || first == '~' || first == '=' || first == '#'
                || (first == '\\' && start + 1 < len && text.charAt(start + 1) == '@')) {
            return null;
        }
        if (numbered(text, start)) {
            return null;
        }
        if (first == '@') {
            int end = start + 1;
            while (end < len && !stopsName(text.charAt(end))) {
                end++;
            }
            var cue = end > start + 1 ? cueWithTail(text, start + 1, end, true) : null;
            if (cue != null) {
                return cue;
            }
        }
        int end = 0;
        while (end < len && !stopsName(text.charAt(end)) && !(text.charAt(end) >= 'a' && text.charAt(end) <= 'z')) {
            end++;
        }
        if (end == 0 || endsLikeTransition(text, end)) {
            return null;
        }
        return cueWithTail(text, 0, end, false);
    }

    private static boolean stopsName(char c) {
        return c == '^' || c == '(' || c == ')';
    }

    private static boolean endsLikeTransition(String text, int end) {
        if (text.startsWith("BLACK.", end - 6) || text.startsWith("OUT.", end - 4)) {
            return true;
        }
        int trimmed = Whitespace.end(text, 0, end);
        return trimmed >= 3 && text.startsWith("TO:", trimmed - 3);
    }

    /** A cue line of digits, spaces, {@code *} and {@code _} only ({@code 1.} is excluded earlier by the dot). */
    private static boolean numbered(String text, int start) {
        int len = text.length();
        int k = start;
        while (k < len && ((text.charAt(k) >= '0' && text.charAt(k) <= '9') || text.charAt(k) == ' '
                || text.charAt(k) == '_' || text.charAt(k) == '*')) {
            k++;
        }
        if (k == start) {
            return false;
        }
        if (k < len && text.charAt(k) == '(') {
            int close = text.lastIndexOf(')');
            if (close < k) {
                return false;
            }
            k = close + 1;
        }
        while (k < len && (text.charAt(k) == '*' || text.charAt(k) == '_')) {
            k++;
        }
        if (k < len && text.charAt(k) == '^') {
            k++;
        }
        return Whitespace.isBlank(text, k, len);
    }

    /** The rest of the cue line after the name: extensions, emphasis marks and spaces, {@code ^}, white space. */
    private static @Nullable CueLine cueWithTail(String text, int nameStart, int nameEnd, boolean forced) {
        int len = text.length();
        int k = nameEnd;
        List<String> extensions = List.of();
        if (k < len && text.charAt(k) == '(') {
            int close = text.lastIndexOf(')');
            if (close < k) {
                return null;
            }
            extensions = extensions(text, k, close + 1);
            k = close + 1;
        }
        while (k < len && (text.charAt(k) == ' ' || text.charAt(k) == '*' || text.charAt(k) == '_')) {
            k++;
        }
        boolean dual = false;
        if (k < len && text.charAt(k) == '^') {
            dual = true;
            k++;
        }
        if (!Whitespace.isBlank(text, k, len)) {
            return null;
        }
        String name = Whitespace.trim(text.substring(nameStart, nameEnd));
        if (!forced && name.startsWith("@")) {
            name = Whitespace.trim(name.substring(1));
        }
        if (name.isEmpty()) {
            return null;
        }
        return new CueLine(name, extensions, dual, forced);
    }

    private static List<String> extensions(String text, int from, int to) {
        List<String> found = new ArrayList<>(2);
        int i = from;
        while (i < to) {
            int open = text.indexOf('(', i);
            if (open < 0 || open >= to) {
                break;
            }
            int close = text.indexOf(')', open + 1);
            if (close < 0 || close >= to) {
                break;
            }
            found.add(Whitespace.trim(text.substring(open + 1, close)));
            i = close + 1;
        }
        return found;
    }
}
