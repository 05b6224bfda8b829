package org.filmfactory.project;

import org.filmfactory.account.UserId;

/** Someone joined a project's crew. Published inside the transaction that made the change. */
public record MemberJoined(ProjectId projectId, UserId userId, ProjectRole role) {
}
