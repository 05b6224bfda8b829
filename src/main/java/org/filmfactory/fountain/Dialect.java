package org.filmfactory.fountain;

import java.util.Locale;

/**
 * Which heading and title page words the parser knows besides plain Fountain's. Everything else is the same in
 * both: a script in plain Fountain reads the same either way.
 */
public enum Dialect {
    /** Fountain 1.1. */
    PLAIN,
    /**
     * Fountain 1.1 plus unforced Chinese scene headings ({@code 内景 茶馆 - 清晨}, {@code 外景 街道 夜},
     * {@code 内外景 …}, {@code 内/外景 …}) and Chinese title page keys ({@code 标题:}, {@code 作者:}, …).
     */
    CHINESE;

    /** The dialect a script written in {@code language} is read in: Chinese for any Chinese locale. */
    public static Dialect of(Locale language) {
        return "zh".equals(language.getLanguage()) ? CHINESE : PLAIN;
    }
}
