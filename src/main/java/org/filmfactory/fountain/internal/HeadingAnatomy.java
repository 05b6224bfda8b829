package org.filmfactory.fountain.internal;

import java.util.Locale;
import java.util.Set;
import org.filmfactory.fountain.Setting;

/**
 * The parts of a scene heading's printed text: prefix, location and time of day. {@code INT. HOUSE - DAY} is
 * {@code INT.} + {@code HOUSE} + {@code DAY}; {@code 外景 街道 夜} is {@code 外景} + {@code 街道} + {@code 夜}. The time
 * of day is what follows the last dash with spaces around it ({@code -}, {@code --}, {@code –}, {@code —}); without
 * one, a known time word after the last comma or space ({@code INT. APARTMENT, DAY}, {@code INT HOUSE DAY}).
 * English and Chinese prefixes are known in both dialects here: the dialect only decides which unforced lines are
 * headings.
 */
record HeadingAnatomy(String prefix, Setting setting, String location, String timeOfDay) {

    private record Prefix(String text, Setting setting) {
    }

    /** Longest first, so {@code INT./EXT.} wins over {@code INT.}. */
    private static final Prefix[] PREFIXES = {
        new Prefix("INT./EXT.", Setting.INTERIOR_EXTERIOR), new Prefix("EXT./INT.", Setting.INTERIOR_EXTERIOR),
        new Prefix("INT./EXT", Setting.INTERIOR_EXTERIOR), new Prefix("EXT./INT", Setting.INTERIOR_EXTERIOR),
        new Prefix("INT/EXT.", Setting.INTERIOR_EXTERIOR), new Prefix("EXT/INT.", Setting.INTERIOR_EXTERIOR),
        new Prefix("INT/EXT", Setting.INTERIOR_EXTERIOR), new Prefix("EXT/INT", Setting.INTERIOR_EXTERIOR),
        new Prefix("I./E.", Setting.INTERIOR_EXTERIOR), new Prefix("I./E", Setting.INTERIOR_EXTERIOR),
        new Prefix("I/E.", Setting.INTERIOR_EXTERIOR), new Prefix("I/E", Setting.INTERIOR_EXTERIOR),
        new Prefix("E/I.", Setting.INTERIOR_EXTERIOR), new Prefix("E/I", Setting.INTERIOR_EXTERIOR),
        new Prefix("INTERIOR", Setting.INTERIOR), new Prefix("EXTERIOR", Setting.EXTERIOR),
        new Prefix("INT.", Setting.INTERIOR), new Prefix("INT", Setting.INTERIOR),
        new Prefix("EXT.", Setting.EXTERIOR), new Prefix("EXT", Setting.EXTERIOR),
        new Prefix("EST.", Setting.ESTABLISHING), new Prefix("EST", Setting.ESTABLISHING),
        new Prefix("内外景", Setting.INTERIOR_EXTERIOR), new Prefix("内/外景", Setting.INTERIOR_EXTERIOR),
        new Prefix("外/内景", Setting.INTERIOR_EXTERIOR), new Prefix("内/外", Setting.INTERIOR_EXTERIOR),
        new Prefix("外/内", Setting.INTERIOR_EXTERIOR), new Prefix("内景", Setting.INTERIOR),
        new Prefix("外景", Setting.EXTERIOR), new Prefix("内", Setting.INTERIOR), new Prefix("外", Setting.EXTERIOR)
    };

    private static final Set<String> TIMES = Set.of("DAY", "NIGHT", "MORNING", "AFTERNOON", "EVENING", "DAWN", "DUSK",
            "SUNRISE", "SUNSET", "NOON", "MIDNIGHT", "LATER", "CONTINUOUS", "SAME", "日", "夜", "晨", "晚", "清晨", "早晨",
            "早上", "上午", "中午", "下午", "傍晚", "黄昏", "晚上", "夜晚", "深夜", "凌晨", "黎明", "白天", "日间", "夜间",
            "连续", "稍后", "同时");

    static HeadingAnatomy of(String printed) {
        String text = Whitespace.trim(printed);
        for (var prefix : PREFIXES) {
            int end = prefix.text().length();
            if (text.regionMatches(true, 0, prefix.text(), 0, end) && separatedAt(text, end, prefix)) {
                String rest = text.substring(skipSeparators(text, end));
                return split(text.substring(0, end), prefix.setting(), rest);
            }
        }
        return split("", Setting.UNSPECIFIED, text);
    }

    /** {@code INTERIOR} is not {@code INT} + {@code ERIOR}; a one-character Chinese prefix needs a space after it. */
    private static boolean separatedAt(String text, int end, Prefix prefix) {
        if (end == text.length()) {
            return true;
        }
        char next = text.charAt(end);
        if (prefix.text().length() == 1) {
            return Whitespace.isSpace(next);
        }
        return Whitespace.isSpace(next) || isSeparator(next);
    }

    private static boolean isSeparator(char c) {
        return c == '.' || c == '-' || c == '–' || c == '—' || c == ':' || c == '：' || c == '。' || c == '．'
                || c == '·';
    }

    private static int skipSeparators(String text, int from) {
        int i = from;
        while (i < text.length() && (Whitespace.isSpace(text.charAt(i)) || isSeparator(text.charAt(i)))) {
            i++;
        }
        return i;
    }

    private static HeadingAnatomy split(String prefix, Setting setting, String rest) {
        int dash = lastSpacedDash(rest);
        if (dash >= 0) {
            int dashEnd = dash;
            while (dashEnd < rest.length() && isDash(rest.charAt(dashEnd))) {
                dashEnd++;
            }
            return new HeadingAnatomy(prefix, setting, Whitespace.trim(rest.substring(0, dash)),
                    Whitespace.trim(rest.substring(dashEnd)));
        }
        int cut = Math.max(rest.lastIndexOf(','), lastSpace(rest));
        if (cut >= 0) {
            String time = Whitespace.trim(rest.substring(cut + 1));
            if (TIMES.contains(time.toUpperCase(Locale.ROOT))) {
                return new HeadingAnatomy(prefix, setting, Whitespace.trim(rest.substring(0, cut)), time);
            }
        }
        return new HeadingAnatomy(prefix, setting, Whitespace.trim(rest), "");
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '–' || c == '—';
    }

    /** The start of the last run of dashes with white space on both sides, or -1. */
    private static int lastSpacedDash(String text) {
        int i = text.length() - 1;
        while (i > 0) {
            if (isDash(text.charAt(i)) && i + 1 < text.length() && Whitespace.isSpace(text.charAt(i + 1))) {
                int start = i;
                while (start > 0 && isDash(text.charAt(start - 1))) {
                    start--;
                }
                if (start > 0 && Whitespace.isSpace(text.charAt(start - 1))) {
                    return start;
                }
                i = start - 1;
            } else {
                i--;
            }
        }
        return -1;
    }

    private static int lastSpace(String text) {
        int end = Whitespace.end(text, 0, text.length());
        for (int i = end - 1; i >= 0; i--) {
            if (Whitespace.isSpace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
