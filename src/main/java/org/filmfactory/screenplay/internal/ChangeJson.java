package org.filmfactory.screenplay.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The JSON form of a {@link TextChange}, which is CodeMirror's {@code ChangeSet.toJSON()}: an array whose entries
 * are {@code n} (keep n), {@code [n]} (delete n) or {@code [n, "line", …]} (replace n with the lines joined by
 * {@code "\n"}).
 *
 * <p>Written by hand for this one tiny grammar, because the text comes straight from browsers: the reader is strict
 * (RFC 8259 syntax, no nesting beyond the entries, whole non-negative numbers), runs in one pass without recursion,
 * and reports every problem as {@link MalformedChange}. It refuses a few things CodeMirror's lenient
 * {@code fromJSON} would take but its {@code toJSON} never writes: sections of length zero (so a change has at
 * most one section per character it touches) and line breaks inside a line.
 */
final class ChangeJson {

    private final String json;
    private int pos;

    private ChangeJson(String json) {
        this.json = json;
    }

    static TextChange read(String json, int docLength) {
        var change = parse(json);
        int length = change.length();
        if (length != docLength) {
            throw new MalformedChange("change covers " + length + " characters but the script has " + docLength);
        }
        return change;
    }

    /** The change, whatever document length it is for. */
    static TextChange parse(String json) {
        if (json == null) {
            throw new MalformedChange("not a change: nothing was sent");
        }
        return new ChangeJson(json).readChange();
    }

    static String write(int[] sections, String[] inserted) {
        var out = new StringBuilder(sections.length * 4 + 2);
        out.append('[');
        for (int i = 0; i < sections.length; i += 2) {
            if (i > 0) {
                out.append(',');
            }
            int len = sections[i];
            int ins = sections[i + 1];
            if (ins < 0) {
                out.append(len);
            } else {
                out.append('[').append(len);
                if (ins > 0) {
                    for (var line : inserted[i >> 1].split("\n", -1)) {
                        out.append(',');
                        string(out, line);
                    }
                }
                out.append(']');
            }
        }
        return out.append(']').toString();
    }

    /** Escapes as {@code JSON.stringify} does, so our output is byte for byte what a browser would send. */
    private static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    boolean pairedHigh = Character.isHighSurrogate(c) && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1));
                    boolean pairedLow = Character.isLowSurrogate(c) && i > 0
                            && Character.isHighSurrogate(s.charAt(i - 1));
                    if (c < 0x20 || Character.isSurrogate(c) && !pairedHigh && !pairedLow) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private TextChange readChange() {
        var builder = new SectionList();
        skipSpace();
        expect('[', "not a change: expected '['");
        skipSpace();
        if (!peek(']')) {
            do {
                skipSpace();
                readSection(builder);
                skipSpace();
            } while (take(','));
        }
        expect(']', "not a change: expected ',' or ']'");
        skipSpace();
        if (pos != json.length()) {
            throw error("not a change: unexpected text after the change");
        }
        return builder.toChange();
    }

    private void readSection(SectionList builder) {
        int start = pos;
        if (!take('[')) {
            int keep = readNumber();
            if (keep == 0) {
                throw error(start, "empty section");
            }
            builder.add(keep, -1, "");
            return;
        }
        skipSpace();
        int len = readNumber();
        var text = new StringBuilder();
        int lines = 0;
        skipSpace();
        while (take(',')) {
            skipSpace();
            if (lines++ > 0) {
                text.append('\n');
            }
            readLine(text);
            skipSpace();
        }
        expect(']', "not a change: expected ',' or ']' in a replacement");
        if (lines > 0 && text.isEmpty() || len == 0 && lines == 0) {
            throw error(start, "empty section");
        }
        builder.add(len, text.length(), text.toString());
    }

    private int readNumber() {
        int start = pos;
        if (peek('-')) {
            throw error("negative number");
        }
        long value = 0;
        while (pos < json.length() && json.charAt(pos) >= '0' && json.charAt(pos) <= '9') {
            value = value * 10 + (json.charAt(pos++) - '0');
            if (value > Integer.MAX_VALUE) {
                throw error(start, "number too large");
            }
        }
        if (pos == start) {
            throw error("expected a number");
        }
        if (pos - start > 1 && json.charAt(start) == '0') {
            throw error(start, "number with a leading zero");
        }
        if (peek('.') || peek('e') || peek('E')) {
            throw error("not a whole number");
        }
        return (int) value;
    }

    private void readLine(StringBuilder text) {
        expect('"', "expected a string of inserted text");
        while (true) {
            if (pos >= json.length()) {
                throw error("unterminated string");
            }
            char c = json.charAt(pos++);
            if (c == '"') {
                return;
            } else if (c < 0x20) {
                throw error(pos - 1, "control character in a string");
            } else if (c == '\\') {
                c = readEscape();
            }
            if (c == '\n' || c == '\r') {
                // CodeMirror keeps lines apart; a break inside one would make our text differ from the browsers'.
                throw error(pos - 1, "line break inside an inserted line");
            }
            text.append(c);
        }
    }

    private char readEscape() {
        if (pos >= json.length()) {
            throw error("unterminated string");
        }
        char c = json.charAt(pos++);
        return switch (c) {
            case '"', '\\', '/' -> c;
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'u' -> {
                int value = 0;
                for (int k = 0; k < 4; k++) {
                    int digit = pos < json.length() ? hexDigit(json.charAt(pos)) : -1;
                    if (digit < 0) {
                        throw error("bad \\u escape");
                    }
                    value = value * 16 + digit;
                    pos++;
                }
                yield (char) value;
            }
            default -> throw error(pos - 1, "bad escape");
        };
    }

    /** Unlike {@link Character#digit}, only the ASCII digits JSON allows. */
    private static int hexDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        } else if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        } else if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    private void skipSpace() {
        while (pos < json.length()) {
            char c = json.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private boolean peek(char c) {
        return pos < json.length() && json.charAt(pos) == c;
    }

    private boolean take(char c) {
        if (peek(c)) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(char c, String reason) {
        if (!take(c)) {
            throw error(reason);
        }
    }

    private MalformedChange error(String reason) {
        return error(pos, reason);
    }

    private MalformedChange error(int at, String reason) {
        return new MalformedChange(reason + " at character " + at);
    }

    /** Sections as they are read, with the running totals checked so no sum can overflow. */
    private static final class SectionList {

        private final List<String> texts = new ArrayList<>();
        private int[] raw = new int[8];
        private int size;
        private long length;
        private long newLength;

        void add(int len, int ins, String text) {
            length += len;
            newLength += ins < 0 ? len : ins;
            if (length > Integer.MAX_VALUE || newLength > Integer.MAX_VALUE) {
                throw new MalformedChange("change is too long");
            }
            if (size == raw.length) {
                raw = Arrays.copyOf(raw, size * 2);
            }
            raw[size++] = len;
            raw[size++] = ins;
            texts.add(text);
        }

        TextChange toChange() {
            return TextChange.create(Arrays.copyOf(raw, size), texts);
        }
    }
}
