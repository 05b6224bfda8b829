package org.filmfactory.screenplay;

import org.filmfactory.platform.UserFacingException;

/**
 * A change the script's authority will not take, and why, as a message key ({@code screenplay.refused.…}) and its
 * arguments: it does not fit the text (positions out of range, not a change set, cuts a character in two), is too
 * large, names a revision the script never had, or comes from an editor with a malformed id. Nothing changes.
 */
public class ScriptChangeRefused extends UserFacingException {

    public ScriptChangeRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
