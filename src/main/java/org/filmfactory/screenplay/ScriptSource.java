package org.filmfactory.screenplay;

import java.util.Objects;
import org.filmfactory.screenplay.internal.FountainParser;
import org.filmfactory.screenplay.internal.ScriptDecoder;
import org.springframework.util.unit.DataSize;

/**
 * The text of a screenplay, ready to parse. Made from what a person typed ({@link #of}) or from a file's bytes
 * ({@link #decode}), which either gives text or says in the reader's language why not.
 */
public record ScriptSource(String text) {

    public ScriptSource {
        Objects.requireNonNull(text, "script text");
    }

    public static ScriptSource of(String text) {
        return new ScriptSource(text);
    }

    /**
     * The script in {@code bytes}: UTF-8 (a byte order mark is allowed), or UTF-16 when it starts with a UTF-16 byte
     * order mark. An empty file is an empty script.
     *
     * @param maxSize the largest file accepted ({@link ScreenplaySettings#maxScriptSize()})
     * @throws ScriptTooLarge when {@code bytes} is longer than {@code maxSize}; checked before anything is decoded
     * @throws ScriptNotText when the bytes hold NUL characters or start like an image, PDF, office or archive file
     * @throws ScriptNotUtf8 when the bytes are not valid UTF-8; it names the line of the first bad byte
     */
    public static ScriptSource decode(byte[] bytes, DataSize maxSize) {
        return new ScriptSource(ScriptDecoder.decode(bytes, maxSize));
    }

    /**
     * Reads the script. Never throws and always ends: the time taken grows linearly with the text's length (a
     * feature film takes a few milliseconds). Safe to call from any thread.
     */
    public ParsedScript parse(Dialect dialect) {
        return FountainParser.parse(text, dialect);
    }

    /** Reads the script as plain Fountain. */
    public ParsedScript parse() {
        return parse(Dialect.PLAIN);
    }
}
