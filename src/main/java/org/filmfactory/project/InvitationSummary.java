package org.filmfactory.project;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An invitation as the project's owners see it: who invited whom, for which role, and what became of it. */
public record InvitationSummary(InvitationId id, ProjectRole role, @Nullable String email, String invitedBy,
        Instant createdAt, Instant expiresAt, InvitationStatus status, @Nullable String acceptedBy) {
}
