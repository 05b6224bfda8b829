package org.filmfactory.screenplay;

import org.filmfactory.platform.UserFacingException;

/** An uploaded or opened file cannot become script text; nothing was imported. */
public abstract sealed class UnreadableScript extends UserFacingException
        permits ScriptNotText, ScriptNotUtf8, ScriptTooLarge {

    UnreadableScript(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
