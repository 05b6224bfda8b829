package org.filmfactory.factory;

import org.filmfactory.platform.UserFacingException;

/**
 * The chat backend answered, but its text is not the screenplay asked for, so it was not put into the project.
 * Nothing in the project changed (the call's cost is still counted against the budget).
 */
public final class WrittenScriptUnfit extends UserFacingException {

    /** Why; each has its message key {@code factory.idea.error.<reason>}. */
    public enum Reason {
        /** No scene heading: not a screenplay. */
        NO_SCENES,
        /** Arguments: the share of Chinese characters found, in percent, and the share needed. */
        LANGUAGE,
        /** Arguments: the estimated seconds, the requested seconds, the tolerance in percent. */
        LENGTH;

        public String messageKey() {
            return "factory.idea.error." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;

    public WrittenScriptUnfit(Reason reason, Object... arguments) {
        super(reason.messageKey(), arguments);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
