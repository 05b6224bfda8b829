package org.filmfactory.fountain;

/**
 * Something in the script that was read, but probably not as the writer meant: an opening {@code /*} or {@code [[}
 * that is never closed and so stays in the script as plain text. The translation of {@link #messageKey()} takes the
 * line as argument {@code {0}}.
 *
 * @param line the 1-based line of the opening mark
 */
public record ScriptWarning(int line, String messageKey) {

    public static final String UNCLOSED_BONEYARD = "screenplay.warning.unclosed-boneyard";
    public static final String UNCLOSED_NOTE = "screenplay.warning.unclosed-note";

    /** The arguments for the translated message. */
    public Object[] arguments() {
        return new Object[] {line};
    }
}
