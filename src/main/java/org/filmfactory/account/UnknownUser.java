package org.filmfactory.account;

import org.filmfactory.platform.UserFacingException;

/** The id names nobody known to the studio. */
public class UnknownUser extends UserFacingException {
    public UnknownUser() {
        super("account.error.unknown-user");
    }
}
