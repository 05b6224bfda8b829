package org.filmfactory.fountain;

import org.filmfactory.fountain.internal.ScriptPdf;

/**
 * A screenplay printed as a PDF in the industry layout, with the fonts embedded so that it prints the same
 * everywhere (Chinese included). Stateless; safe to call from any thread.
 */
public final class ScreenplayPdf {

    private ScreenplayPdf() {
    }

    /** The PDF's bytes: the title page first when there is one, then the script on {@code paper}. */
    public static byte[] write(ParsedScript script, Paper paper) {
        return ScriptPdf.write(script, paper);
    }
}
