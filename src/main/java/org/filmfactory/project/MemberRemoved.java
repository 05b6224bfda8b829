package org.filmfactory.project;

import org.filmfactory.account.UserId;
import org.jspecify.annotations.Nullable;

/**
 * Someone left or was removed from a project's crew. Published inside the transaction that made the change.
 *
 * @param by who removed them (themself when they left); null when not known
 */
public record MemberRemoved(ProjectId projectId, UserId userId, @Nullable UserId by) {

    public MemberRemoved(ProjectId projectId, UserId userId) {
        this(projectId, userId, null);
    }
}
