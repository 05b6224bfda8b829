package org.filmfactory.project;

/** An owner created an invitation link. Published inside the transaction that made the change. */
public record InvitationIssued(ProjectId projectId, InvitationId invitationId, ProjectRole role) {
}
