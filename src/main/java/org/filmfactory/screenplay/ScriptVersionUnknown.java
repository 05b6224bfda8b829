package org.filmfactory.screenplay;

import org.filmfactory.platform.UserFacingException;

/**
 * There is no such version of this project's script: the id is unknown, malformed, or belongs to another project
 * (the answer is the same, so ids cannot be probed and another project's text never shows).
 */
public class ScriptVersionUnknown extends UserFacingException {

    public ScriptVersionUnknown() {
        super("screenplay.history.error.unknown-version");
    }
}
