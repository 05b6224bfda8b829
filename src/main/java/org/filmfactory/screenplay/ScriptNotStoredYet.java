package org.filmfactory.screenplay;

import org.filmfactory.platform.UserFacingException;

/**
 * A save, import or restore was taken — it is the script's current revision, every open editor has it, and the
 * cluster keeps it — but the database refused to store it when asked. The text is not lost: the member that keeps
 * the script writes it as soon as the database takes it again. The person learns that it is not stored yet, rather
 * than being told it is.
 */
public final class ScriptNotStoredYet extends UserFacingException {

    private final long revision;

    public ScriptNotStoredYet(long revision, Throwable cause) {
        super("screenplay.error.not-stored-yet", revision);
        this.revision = revision;
        initCause(cause);
    }

    /** The revision that is live but not yet in the database. */
    public long revision() {
        return revision;
    }
}
