package org.filmfactory.fountain;

import org.filmfactory.fountain.internal.FountainParser;
import org.filmfactory.fountain.internal.ScriptDecoder;

/**
 * Reads screenplays: a file's bytes into script text ({@link #decode}), script text into a {@link ParsedScript}
 * ({@link #read}). The rules followed, and where they differ from other Fountain parsers, are in
 * {@code docs/screenplay-fountain.md}. Stateless; safe to call from any thread.
 */
public final class FountainReader {

    private FountainReader() {
    }

    /**
     * Reads the script. Never throws and always ends: the time taken grows linearly with the text's length (a
     * feature film takes a few milliseconds), so an editor can read again on every change.
     */
    public static ParsedScript read(String text, Dialect dialect) {
        return FountainParser.parse(text, dialect);
    }

    /** Reads the script as plain Fountain. */
    public static ParsedScript read(String text) {
        return read(text, Dialect.PLAIN);
    }

    /**
     * The script text in {@code bytes}: UTF-8 (a byte order mark is allowed), or UTF-16 when it starts with a UTF-16
     * byte order mark. An empty file is an empty script. Refuses rather than guesses: a file in another encoding
     * would otherwise import with wrong characters the writer may only notice much later.
     *
     * @param maxBytes the largest file accepted
     * @throws ScriptFileRefused {@link ScriptFileRefused.Reason#TOO_LARGE} when there are more than {@code maxBytes}
     *     bytes, checked before anything is decoded; {@link ScriptFileRefused.Reason#NOT_TEXT} for NUL bytes or the
     *     start of an image, PDF, office or archive file; {@link ScriptFileRefused.Reason#NOT_UTF8}, naming the line
     *     of the first bad byte
     */
    public static String decode(byte[] bytes, long maxBytes) {
        return ScriptDecoder.decode(bytes, maxBytes);
    }
}
