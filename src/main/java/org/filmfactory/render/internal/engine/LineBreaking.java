package org.filmfactory.render.internal.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Breaks subtitle and card text into lines that fit a width, for Chinese and English alike: between two CJK characters
 * (or a CJK character and a word) a line may break anywhere, except before closing punctuation ({@code ，。！？、」』）…})
 * and after opening punctuation ({@code 「『（《“}); between words it breaks at spaces. Nothing is hyphenated; a single
 * word wider than the line is split between letters as a last resort. Stateless.
 */
final class LineBreaking {

    /** Never at the start of a line (UAX #14 classes CL, CP, EX, IS, NS and the like). */
    private static final String CLOSING = "，。！？、；：」』）》〉】〕〗〙〛｝］”’…‥・ー〜～—,.!?;:)]}%'\"ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々";
    /** Never at the end of a line (OP and the like). */
    private static final String OPENING = "（「『《〈【〔〖〘〚｛［“‘([{";

    private LineBreaking() {
    }

    /**
     * Greedy lines no wider than {@code maxWidth}: as many as it takes. Newlines in the text are kept as breaks.
     *
     * @param width the drawn width of a string
     */
    static List<String> wrap(String text, ToIntFunction<String> width, int maxWidth) {
        var lines = new ArrayList<String>();
        for (var paragraph : text.strip().split("\\R")) {
            var rest = normalise(paragraph);
            while (!rest.isEmpty()) {
                var end = fittingBreak(rest, width, maxWidth);
                lines.add(rest.substring(0, end).strip());
                rest = rest.substring(end).strip();
            }
        }
        return lines;
    }

    /**
     * The text in at most two lines no wider than {@code maxWidth}, balanced (the break that makes the wider line
     * narrowest); empty when it does not fit in two.
     */
    static List<String> twoLines(String text, ToIntFunction<String> width, int maxWidth) {
        var flat = joinLines(text);
        if (flat.isEmpty()) {
            return List.of();
        }
        if (width.applyAsInt(flat) <= maxWidth) {
            return List.of(flat);
        }
        var best = -1;
        var bestWidth = Integer.MAX_VALUE;
        for (var at = 1; at < flat.length(); at++) {
            if (!breakable(flat, at)) {
                continue;
            }
            var first = width.applyAsInt(flat.substring(0, at).strip());
            var second = width.applyAsInt(flat.substring(at).strip());
            var wider = Math.max(first, second);
            // on a tie the longer second line wins: a bottom-heavy pair reads better
            if (wider <= maxWidth && (wider < bestWidth || wider == bestWidth && second >= first)) {
                best = at;
                bestWidth = wider;
            }
        }
        if (best < 0) {
            return List.of();
        }
        return List.of(flat.substring(0, best).strip(), flat.substring(best).strip());
    }

    /**
     * Two lines at most: the first as wide as fits, the second cut short with an ellipsis when the text is longer
     * (the font could not shrink enough).
     */
    static List<String> ellipsized(String text, ToIntFunction<String> width, int maxWidth) {
        var lines = wrap(joinLines(text), width, maxWidth);
        if (lines.size() <= 2) {
            return lines;
        }
        var second = lines.get(1) + (isCjk(lines.get(1).codePointBefore(lines.get(1).length())) ? "" : " ")
                + lines.get(2);
        while (!second.isEmpty() && width.applyAsInt(second + "…") > maxWidth) {
            second = second.substring(0, second.offsetByCodePoints(second.length(), -1)).stripTrailing();
        }
        return List.of(lines.get(0), second + "…");
    }

    /** Lines of a cue joined: with a space between words, with nothing between CJK characters. */
    static String joinLines(String text) {
        var parts = text.strip().split("\\R");
        var out = new StringBuilder(normalise(parts[0]));
        for (var i = 1; i < parts.length; i++) {
            var next = normalise(parts[i]);
            if (next.isEmpty()) {
                continue;
            }
            if (!out.isEmpty() && !isCjk(out.codePointBefore(out.length())) && !isCjk(next.codePointAt(0))) {
                out.append(' ');
            }
            out.append(next);
        }
        return out.toString();
    }

    /** Where the first line of {@code text} ends: the last break that fits, else the first break, else a forced one. */
    private static int fittingBreak(String text, ToIntFunction<String> width, int maxWidth) {
        if (width.applyAsInt(text) <= maxWidth) {
            return text.length();
        }
        var lastFitting = -1;
        for (var at = 1; at < text.length(); at++) {
            if (!breakable(text, at)) {
                continue;
            }
            if (width.applyAsInt(text.substring(0, at).strip()) <= maxWidth) {
                lastFitting = at;
            } else {
                break;
            }
        }
        if (lastFitting > 0) {
            return lastFitting;
        }
        // one word wider than the line: split it between letters (never mid-character)
        var at = text.offsetByCodePoints(0, 1);
        while (at < text.length()) {
            var next = text.offsetByCodePoints(at, 1);
            if (width.applyAsInt(text.substring(0, next)) > maxWidth) {
                break;
            }
            at = next;
        }
        return at;
    }

    /** Whether a line may end before {@code text.charAt(at)}. */
    static boolean breakable(String text, int at) {
        var before = text.codePointBefore(at);
        var after = text.codePointAt(at);
        if (Character.isLowSurrogate(text.charAt(at))) {
            return false;
        }
        if (after == ' ') {
            // a break at a space: the line ends before it, unless the space is followed by closing punctuation
            return before != ' ' && !opens(before) && !closingFollows(text, at);
        }
        if (before == ' ') {
            return false;
        }
        if (closes(after) || opens(before)) {
            return false;
        }
        return isCjk(before) || isCjk(after);
    }

    private static boolean closingFollows(String text, int at) {
        var next = at;
        while (next < text.length() && text.charAt(next) == ' ') {
            next++;
        }
        return next >= text.length() || closes(text.codePointAt(next));
    }

    static boolean closes(int codePoint) {
        return CLOSING.indexOf(codePoint) >= 0;
    }

    static boolean opens(int codePoint) {
        return OPENING.indexOf(codePoint) >= 0;
    }

    /** Characters written without spaces between words (Han, kana, Hangul syllables, full-width forms). */
    static boolean isCjk(int codePoint) {
        var script = Character.UnicodeScript.of(codePoint);
        if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.BOPOMOFO) {
            return true;
        }
        var block = Character.UnicodeBlock.of(codePoint);
        return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
    }

    private static String normalise(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
