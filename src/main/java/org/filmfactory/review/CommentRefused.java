package org.filmfactory.review;

import org.filmfactory.platform.InvalidInput;

/**
 * A comment that cannot be taken as written (empty, too long, an unknown frame, a drawing out of bounds, a mention of
 * someone outside the crew); nothing was stored.
 */
public final class CommentRefused extends InvalidInput {

    public CommentRefused(String messageKey, Object... arguments) {
        super("comment", messageKey, arguments);
    }
}
