package org.filmfactory.project;

import org.filmfactory.account.UserId;

/** A crew member's role changed. Published inside the transaction that made the change. */
public record MemberRoleChanged(ProjectId projectId, UserId userId, ProjectRole role) {
}
