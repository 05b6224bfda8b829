package org.filmfactory.screenplay;

/** The file is not text at all (NUL bytes, or the signature of an image, PDF, word processor or archive file). */
public final class ScriptNotText extends UnreadableScript {

    public ScriptNotText() {
        super("screenplay.error.binary");
    }
}
