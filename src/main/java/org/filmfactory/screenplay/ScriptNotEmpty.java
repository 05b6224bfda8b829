package org.filmfactory.screenplay;

import org.filmfactory.platform.UserFacingException;

/** The template goes only into an empty script, and this one has text (perhaps typed a moment ago). */
public class ScriptNotEmpty extends UserFacingException {

    public ScriptNotEmpty() {
        super("screenplay.template.error.not-empty");
    }
}
