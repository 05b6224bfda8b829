package org.filmfactory.breakdown.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Script text cut into comparable tokens: each Latin-script word lower-cased (letters, digits and inner
 * apostrophes), each Chinese, Japanese or Korean character a token of its own, punctuation and emphasis dropped.
 * Chinese has no spaces between words, so one character is the unit both for reading speed and for comparing text.
 */
public final class Words {

    private Words() {
    }

    /** The tokens of {@code text}, in order. */
    public static List<String> tokens(String text) {
        var tokens = new ArrayList<String>();
        var word = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (isWide(cp)) {
                flush(word, tokens);
                tokens.add(new String(Character.toChars(cp)));
            } else if (Character.isLetterOrDigit(cp)) {
                word.appendCodePoint(cp);
            } else if ((cp == '\'' || cp == '’') && !word.isEmpty() && next < text.length()
                    && Character.isLetter(text.codePointAt(next))) {
                word.append('\'');
            } else {
                flush(word, tokens);
            }
            i = next;
        }
        flush(word, tokens);
        return tokens;
    }

    /** The tokens joined by single spaces: the form in which text is stored and compared. */
    public static String normalized(String text) {
        return String.join(" ", tokens(text));
    }

    /** Whether the code point is a Chinese, Japanese or Korean character, counted one by one. */
    public static boolean isWide(int codePoint) {
        var script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }

    /** How much there is to read: Latin-script words and wide characters, counted apart. */
    public static Count count(String text) {
        int words = 0;
        int wide = 0;
        for (var token : tokens(text)) {
            if (isWide(token.codePointAt(0))) {
                wide++;
            } else {
                words++;
            }
        }
        return new Count(words, wide);
    }

    private static void flush(StringBuilder word, List<String> tokens) {
        if (!word.isEmpty()) {
            tokens.add(word.toString().toLowerCase(Locale.ROOT));
            word.setLength(0);
        }
    }

    /** Words written with spaces and wide characters. */
    public record Count(int words, int wide) {

        public boolean isEmpty() {
            return words == 0 && wide == 0;
        }
    }
}
