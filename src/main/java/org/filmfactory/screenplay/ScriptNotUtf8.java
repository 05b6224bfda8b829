package org.filmfactory.screenplay;

/**
 * The file is text but not UTF-8 (for example Latin-1 or GBK): rather than guess and show wrong characters, the
 * import stops and names the line of the first byte that is not UTF-8, so the writer can re-save the file.
 */
public final class ScriptNotUtf8 extends UnreadableScript {

    private final int line;

    public ScriptNotUtf8(int line) {
        super("screenplay.error.invalid-utf8", line);
        this.line = line;
    }

    /** The 1-based line of the first byte that is not UTF-8. */
    public int line() {
        return line;
    }
}
