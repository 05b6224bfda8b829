package org.filmfactory.review;

import java.util.Locale;

/** Whether a review link still opens: until it expires or is revoked, whichever comes first. */
public enum ReviewLinkState {
    ACTIVE, EXPIRED, REVOKED;

    /** Translation key of its label, e.g. {@code review-link.state.active}. */
    public String key() {
        return "review-link.state." + name().toLowerCase(Locale.ROOT);
    }
}
