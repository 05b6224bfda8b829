package org.filmfactory.project;

import java.util.Locale;
import org.filmfactory.platform.UserFacingException;

/** The invitation link cannot be used: unknown, expired, already used or revoked. */
public class InvitationUnusable extends UserFacingException {

    private InvitationUnusable(String messageKey) {
        super(messageKey);
    }

    public static InvitationUnusable because(InvitationStatus status) {
        return new InvitationUnusable("invitation.error." + status.name().toLowerCase(Locale.ROOT));
    }

    public static InvitationUnusable unknown() {
        return new InvitationUnusable("invitation.error.unknown");
    }
}
