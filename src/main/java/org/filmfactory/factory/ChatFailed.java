package org.filmfactory.factory;

import org.filmfactory.platform.UserFacingException;

/**
 * The chat backend gave no screenplay: it could not be reached or did not answer in time, refused the request
 * (an HTTP error, a content filter, an empty answer), or answered something that is not a complete chat reply.
 * Nothing in the project changed.
 */
public final class ChatFailed extends UserFacingException {

    /** Why; each has its message key {@code factory.idea.error.<reason>}. */
    public enum Reason {
        /** Arguments: the address. */
        UNREACHABLE,
        /** Arguments: the timeout in seconds. */
        TIMEOUT,
        /** Arguments: the HTTP status and the provider's message (may be empty). */
        REFUSED,
        /** The provider's content filter or the model declined; arguments: its words, may be empty. */
        FILTERED,
        /** The answer had no text. */
        EMPTY,
        /** The answer stopped at the token limit; arguments: the limit. */
        TRUNCATED,
        /** The reply is not a chat completion (not JSON, no choices). */
        MALFORMED;

        public String messageKey() {
            return "factory.idea.error." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final Reason reason;

    public ChatFailed(Reason reason, Object... arguments) {
        super(reason.messageKey(), arguments);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
