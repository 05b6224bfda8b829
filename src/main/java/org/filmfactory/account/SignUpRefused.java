package org.filmfactory.account;

import org.filmfactory.platform.InvalidInput;

/** Sign-up (or a profile change) did not happen: closed, e-mail taken, or a field out of bounds. */
public class SignUpRefused extends InvalidInput {

    public SignUpRefused(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
