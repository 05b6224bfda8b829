package org.filmfactory.account;

import org.filmfactory.platform.UserFacingException;

/**
 * Sign-up did not happen. The key says why (closed, e-mail taken, a field out of bounds) so the form can show it
 * beside the right field; {@link #field()} names that field, or is empty for the whole form.
 */
public class SignUpRefused extends UserFacingException {

    private final String field;

    public SignUpRefused(String field, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
