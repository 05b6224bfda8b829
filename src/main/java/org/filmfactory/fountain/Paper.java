package org.filmfactory.fountain;

import java.util.Locale;

/**
 * The paper a script is laid out on. English scripts use US Letter, the size the industry's page-a-minute
 * conventions and every US production expect; Chinese scripts use A4, the paper used in mainland China.
 */
public enum Paper {
    LETTER(612f, 792f, "(MORE)", "CONT'D"),
    /** With the marks Chinese scripts use where a speech goes on over the page: （未完） and （续）. */
    A4(595.28f, 841.89f, "（未完）", "续");

    private final float width;
    private final float height;
    private final String more;
    private final String continued;

    Paper(float width, float height, String more, String continued) {
        this.width = width;
        this.height = height;
        this.more = more;
        this.continued = continued;
    }

    /** Printed under the last line of a speech that goes on over the page. */
    public String moreMark() {
        return more;
    }

    /** The extension added to the speaker's name where their speech goes on, on the next page. */
    public String continuedMark() {
        return continued;
    }

    /** The paper a script written in {@code language} is printed on: A4 for any Chinese locale. */
    public static Paper of(Locale language) {
        return "zh".equals(language.getLanguage()) ? A4 : LETTER;
    }

    /** Width in points (1/72 inch). */
    public float width() {
        return width;
    }

    /** Height in points (1/72 inch). */
    public float height() {
        return height;
    }
}
