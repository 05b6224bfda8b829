package org.filmfactory.fountain.internal;

/**
 * What counts as white space in a script. It is JavaScript's {@code \s} (which the reference parsers' rules are
 * written in) rather than Java's idea of white space: the no-break space, the ideographic space U+3000 of Chinese
 * text and a stray byte order mark all count, as they do for the writer's other Fountain tools.
 */
final class Whitespace {

    private Whitespace() {
    }

    static boolean isSpace(char c) {
        if (c > ' ' && c < '\u00a0') {
            return false;
        }
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u000b' || c == '\f' || c == '\u00a0'
                || c == '\u1680' || (c >= '\u2000' && c <= '\u200a') || c == '\u2028' || c == '\u2029'
                || c == '\u202f' || c == '\u205f' || c == '\u3000' || c == '\ufeff';
    }

    static boolean isBlank(String text) {
        return isBlank(text, 0, text.length());
    }

    static boolean isBlank(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isSpace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The index of the first character at or after {@code from} that is not white space, or the length. */
    static int skip(String text, int from) {
        int i = from;
        while (i < text.length() && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The index just after the last character before {@code to} that is not white space, or {@code from}. */
    static int end(String text, int from, int to) {
        int i = to;
        while (i > from && isSpace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    static String trim(String text) {
        int start = skip(text, 0);
        int end = end(text, start, text.length());
        return start == 0 && end == text.length() ? text : text.substring(start, end);
    }

    static boolean hasAsciiLowerCase(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z') {
                return true;
            }
        }
        return false;
    }
}
