package org.filmfactory.fountain;

import java.util.List;
import org.filmfactory.fountain.internal.ParagraphWriter;

/**
 * Writes screenplays as normalised Fountain text: reading the result with {@link FountainReader} in the same dialect
 * gives the same elements, printed text and emphasis, title page, scene numbers and dual dialogue. Boneyards are not
 * elements and are not written. Stateless; safe to call from any thread.
 */
public final class FountainWriter {

    private FountainWriter() {
    }

    public static String write(ParsedScript script, Dialect dialect) {
        return ParagraphWriter.write(script, dialect);
    }

    /** Writes elements from elsewhere (a Final Draft file), whose line numbers are ignored. */
    public static String write(List<TitlePageEntry> titlePage, List<ScriptElement> elements, Dialect dialect) {
        return ParagraphWriter.write(titlePage, elements, dialect);
    }
}
