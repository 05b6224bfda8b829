package org.filmfactory.project;

import java.time.Instant;

/** What the holder of an invitation link sees before accepting it. */
public record InvitationPreview(String projectName, ProjectRole role, String invitedBy, Instant expiresAt,
        InvitationStatus status) {
}
