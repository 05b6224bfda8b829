package org.filmfactory.review;

import org.filmfactory.platform.UserFacingException;

/**
 * A review link does not open, or not for this: unknown, expired, revoked, a wrong password, comments not allowed,
 * or a request for something the link does not cover. The message says which of these, and nothing about what lies
 * behind the link.
 */
public final class ReviewLinkRefused extends UserFacingException {

    public ReviewLinkRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
