package org.filmfactory.render;

import org.filmfactory.platform.UserFacingException;

/**
 * A render cannot be made from this cut: a take that is missing or corrupt (the key names the clip's label, e.g.
 * "Scene 3, shot 2"), an empty cut, a film too long for the preset. Keys under {@code render.error.}. The previous film
 * stays.
 */
public class CutNotRenderable extends UserFacingException {

    public CutNotRenderable(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
