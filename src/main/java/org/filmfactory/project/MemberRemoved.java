package org.filmfactory.project;

import org.filmfactory.account.UserId;

/** Someone left or was removed from a project's crew. Published inside the transaction that made the change. */
public record MemberRemoved(ProjectId projectId, UserId userId) {
}
