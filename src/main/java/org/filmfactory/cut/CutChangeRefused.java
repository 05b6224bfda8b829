package org.filmfactory.cut;

import org.filmfactory.platform.UserFacingException;

/**
 * An edit of the cut that cannot be made as asked: a clip that is gone (another editor deleted it), a trim outside
 * the take, a card out of bounds, a name already used. Nothing changed. The key is under {@code cut.error.}.
 */
public class CutChangeRefused extends UserFacingException {

    public CutChangeRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
