package org.filmfactory.fountain;

import org.filmfactory.fountain.internal.FdxReader;
import org.filmfactory.fountain.internal.FdxWriter;

/**
 * Final Draft documents ({@code .fdx}) in and out, in Fountain's terms: writing a script and reading it back keeps
 * every element, the title page, scene numbers and dual dialogue. Reading is safe with files from anyone: nothing
 * outside the file is ever opened and a document type declaration is refused. Stateless; safe from any thread.
 */
public final class FinalDraft {

    private FinalDraft() {
    }

    /**
     * The Final Draft file's script as Fountain text in {@code dialect}.
     *
     * @throws ScriptFileRefused {@link ScriptFileRefused.Reason#TOO_LARGE} when there are more than {@code maxBytes}
     *     bytes, checked before anything is parsed; {@link ScriptFileRefused.Reason#UNSAFE_FINAL_DRAFT} when it
     *     declares a document type; {@link ScriptFileRefused.Reason#MALFORMED_FINAL_DRAFT} when it is not well-formed
     *     XML or not a Final Draft document
     */
    public static String readAsFountain(byte[] bytes, long maxBytes, Dialect dialect) {
        var script = FdxReader.read(bytes, maxBytes);
        return FountainWriter.write(script.titlePage(), script.elements(), dialect);
    }

    /** The script as a Final Draft document on {@code paper}, UTF-8 encoded. */
    public static byte[] write(ParsedScript script, Paper paper) {
        return FdxWriter.write(script, paper);
    }
}
