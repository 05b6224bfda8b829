package org.filmfactory.screenplay;

/**
 * A {@code .fdx} file that is not well-formed XML, or not a Final Draft document at all; the error names the line
 * where reading stopped, so the writer can look there or re-export the file.
 */
public final class FinalDraftMalformed extends ScriptImportRefused {

    private final int line;

    public FinalDraftMalformed(int line) {
        super("screenplay.exchange.error.malformed-fdx", line);
        this.line = line;
    }

    /** The 1-based line where the XML stopped making sense. */
    public int line() {
        return line;
    }
}
