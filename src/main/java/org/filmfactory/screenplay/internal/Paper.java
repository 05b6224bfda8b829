package org.filmfactory.screenplay.internal;

import java.util.Locale;
import org.filmfactory.project.ScriptLanguage;

/**
 * The paper a script is laid out on. English scripts use US Letter, the size the industry's page-a-minute
 * conventions and every US production expect; Chinese scripts use A4, the paper used in mainland China.
 */
public enum Paper {
    LETTER(612f, 792f),
    A4(595.28f, 841.89f);

    private final float width;
    private final float height;

    Paper(float width, float height) {
        this.width = width;
        this.height = height;
    }

    public static Paper of(ScriptLanguage language) {
        return language == ScriptLanguage.ZH ? A4 : LETTER;
    }

    /** Width in points (1/72 inch). */
    public float width() {
        return width;
    }

    /** Height in points (1/72 inch). */
    public float height() {
        return height;
    }

    String inches(float points) {
        return String.format(Locale.ROOT, "%.2f", points / 72f);
    }
}
