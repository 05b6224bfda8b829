package org.filmfactory.screenplay;

/** The file's name ends in something other than {@code .fountain}, {@code .txt} or {@code .fdx}. */
public final class ScriptFormatUnknown extends ScriptImportRefused {

    public ScriptFormatUnknown(String fileName) {
        super("screenplay.exchange.error.unknown-type", fileName);
    }
}
