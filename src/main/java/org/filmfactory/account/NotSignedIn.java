package org.filmfactory.account;

import org.filmfactory.platform.UserFacingException;

/** An action that needs a signed-in person was called without one. */
public class NotSignedIn extends UserFacingException {
    public NotSignedIn() {
        super("account.error.not-signed-in");
    }
}
