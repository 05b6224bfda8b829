package org.filmfactory.project;

/** An invitation link was revoked before use. Published inside the transaction that made the change. */
public record InvitationRevoked(ProjectId projectId, InvitationId invitationId) {
}
