package org.filmfactory.project;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A fresh invitation, the only time its secret is visible: {@code path} ({@code join/<token>}) is what to share.
 *
 * @param emailedTo the address it was sent to, or null when it was not e-mailed (no SMTP, or no address given)
 */
public record IssuedInvitation(InvitationId id, String path, ProjectRole role, Instant expiresAt,
        @Nullable String emailedTo, boolean mailFailed) {
}
