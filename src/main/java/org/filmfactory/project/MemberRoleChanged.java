package org.filmfactory.project;

import org.filmfactory.account.UserId;
import org.jspecify.annotations.Nullable;

/**
 * A crew member's role changed. Published inside the transaction that made the change.
 *
 * @param by the owner who changed it; null when not known
 */
public record MemberRoleChanged(ProjectId projectId, UserId userId, ProjectRole role, @Nullable UserId by) {

    public MemberRoleChanged(ProjectId projectId, UserId userId, ProjectRole role) {
        this(projectId, userId, role, null);
    }
}
