package org.filmfactory.screenplay;

import org.filmfactory.platform.UserFacingException;

/**
 * A change the script's authority will not take, and why: it does not fit the text (positions out of range, not a
 * change set), is too large, names a revision the script never had, or comes from an editor with a malformed id.
 * Nothing changes.
 */
public class ScriptChangeRefused extends UserFacingException {

    public ScriptChangeRefused(String reason) {
        super("screenplay.error.change-refused", reason);
    }

    public String reason() {
        return String.valueOf(arguments()[0]);
    }
}
