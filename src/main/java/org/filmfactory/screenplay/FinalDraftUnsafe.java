package org.filmfactory.screenplay;

/**
 * A {@code .fdx} file with a document type declaration. Final Draft never writes one; a declaration is how entity
 * tricks are smuggled in (an external entity that reads a file on the server, or nested entities that expand to
 * gigabytes), so the file is refused before any of it is read.
 */
public final class FinalDraftUnsafe extends ScriptImportRefused {

    public FinalDraftUnsafe() {
        super("screenplay.exchange.error.unsafe-fdx");
    }
}
