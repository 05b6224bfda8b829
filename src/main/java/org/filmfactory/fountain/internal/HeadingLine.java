package org.filmfactory.fountain.internal;

import org.filmfactory.fountain.Dialect;
import org.filmfactory.fountain.SceneHeading;
import org.filmfactory.fountain.TextRun;
import org.jspecify.annotations.Nullable;

/**
 * Whether a paragraph's one line is a scene heading, and which: the first test {@link ParagraphReader} makes. A
 * character scan, not a regular expression, so that no line can make it backtrack. {@link HeadingAnatomy} then takes
 * the heading apart into setting, location and time of day.
 */
final class HeadingLine {

    private static final String[] CHINESE_PREFIXES = {"内外景", "内/外景", "外/内景", "内景", "外景"};
    private static final String CHINESE_SEPARATORS = ".。．:：";
    private static final String[] SIMPLE_PREFIXES = {"int", "ext", "est"};
    private static final String[] INSIDE = {"int", "i"};
    private static final String[] OUTSIDE = {"ext", "e"};

    private HeadingLine() {
    }

    /**
     * {@code INT}, {@code EXT}, {@code EST}, {@code INT./EXT}, {@code INT/EXT}, {@code I/E} (any case, emphasis marks
     * allowed before it), then a dot or a space and at least one more character; or a forcing dot directly followed
     * by text ({@code .KITCHEN}; {@code ...} and {@code . TEXT} are not headings). The paragraph is one line, so
     * the heading has a blank line (or the start or end of the script) before and after it.
     */
    static @Nullable SceneHeading read(Line line, Dialect dialect) {
        String text = line.text();
        int start = Whitespace.skip(text, 0);
        int q = start;
        int stars = 0;
        while (q < text.length() && text.charAt(q) == '*' && stars < 3) {
            q++;
            stars++;
        }
        if (q < text.length() && text.charAt(q) == '_') {
            q++;
        }
        if (hasHeadingPrefix(text, q)) {
            return heading(Whitespace.trim(text.substring(start)), false, line);
        }
        if (start + 1 < text.length() && text.charAt(start) == '.' && text.charAt(start + 1) != '.'
                && !Whitespace.isSpace(text.charAt(start + 1))) {
            return heading(Whitespace.trim(text.substring(start + 1)), true, line);
        }
        if (dialect == Dialect.CHINESE && hasChineseHeadingPrefix(text, start)) {
            return heading(Whitespace.trim(text.substring(start)), false, line);
        }
        return null;
    }

    private static boolean hasHeadingPrefix(String text, int at) {
        for (String simple : SIMPLE_PREFIXES) {
            if (followedByHeadingText(text, matchAscii(text, at, simple))) {
                return true;
            }
        }
        for (String inside : INSIDE) {
            int p = matchAscii(text, at, inside);
            if (p < 0) {
                continue;
            }
            for (int dot = 0; dot <= 1; dot++) {
                int slash = p;
                if (dot == 1) {
                    if (slash >= text.length() || text.charAt(slash) != '.') {
                        continue;
                    }
                    slash++;
                }
                if (slash >= text.length() || text.charAt(slash) != '/') {
                    continue;
                }
                for (String outside : OUTSIDE) {
                    if (followedByHeadingText(text, matchAscii(text, slash + 1, outside))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** After the prefix: a dot or a space, and at least one more character. */
    private static boolean followedByHeadingText(String text, int end) {
        return end >= 0 && end + 1 < text.length() && (text.charAt(end) == '.' || text.charAt(end) == ' ');
    }

    /** The end of {@code word} (lower-case ASCII) at {@code at} in any case, or -1. */
    private static int matchAscii(String text, int at, String word) {
        if (at < 0 || at + word.length() > text.length()) {
            return -1;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = text.charAt(at + i);
            if (c != word.charAt(i) && c != Character.toUpperCase(word.charAt(i))) {
                return -1;
            }
        }
        return at + word.length();
    }

    /** {@code 内景}, {@code 外景}, {@code 内外景}, {@code 内/外景}, then a space or dot and at least one more character. */
    private static boolean hasChineseHeadingPrefix(String text, int start) {
        for (String prefix : CHINESE_PREFIXES) {
            if (text.startsWith(prefix, start)) {
                int k = start + prefix.length();
                if (k >= text.length() || !isChineseSeparator(text.charAt(k))) {
                    return false;
                }
                while (k < text.length() && isChineseSeparator(text.charAt(k))) {
                    k++;
                }
                return k < text.length();
            }
        }
        return false;
    }

    private static boolean isChineseSeparator(char c) {
        return Whitespace.isSpace(c) || CHINESE_SEPARATORS.indexOf(c) >= 0;
    }

    /** The heading, with a trailing {@code #1A#} taken off as its scene number. */
    private static SceneHeading heading(String written, boolean forced, Line line) {
        String text = written;
        String number = null;
        int hashEnd = text.length() - 1;
        if (hashEnd > 0 && text.charAt(hashEnd) == '#') {
            int hashStart = text.lastIndexOf('#', hashEnd - 1);
            if (hashStart >= 0 && hashStart < hashEnd - 1 && isSceneNumber(text, hashStart + 1, hashEnd)) {
                number = text.substring(hashStart + 1, hashEnd);
                text = text.substring(0, Whitespace.end(text, 0, hashStart));
            }
        }
        var runs = InlineMarkup.runs(text);
        var anatomy = HeadingAnatomy.of(TextRun.plainText(runs));
        return new SceneHeading(text, number, forced, anatomy.prefix(), anatomy.setting(), anatomy.location(),
                anatomy.timeOfDay(), runs, line.number(), line.lastNumber());
    }

    /** ASCII letters, digits, {@code _}, {@code -} and {@code .}: {@code 1}, {@code 1A}, {@code 2-B}, {@code I-1-A}. */
    private static boolean isSceneNumber(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
                    || c == '-' || c == '.';
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
