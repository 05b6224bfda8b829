package org.filmfactory.platform;

import java.util.Arrays;

/**
 * An expected failure that a user can act on. It carries a message key from the translation bundles and its
 * arguments, so each user reads it in their own language; the English text is the exception message for logs.
 */
public abstract class UserFacingException extends RuntimeException {

    private final String messageKey;
    private final Object[] arguments;

    protected UserFacingException(String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
