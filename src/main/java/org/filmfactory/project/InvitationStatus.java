package org.filmfactory.project;

import java.util.Locale;

/** Where an invitation stands. Only an {@code OPEN} one can be accepted, and only once. */
public enum InvitationStatus {
    OPEN, ACCEPTED, EXPIRED, REVOKED;

    public String key() {
        return "invitation.status." + name().toLowerCase(Locale.ROOT);
    }
}
