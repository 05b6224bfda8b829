package org.filmfactory.review;

import org.filmfactory.breakdown.ShotId;
import org.filmfactory.project.ProjectId;
import org.filmfactory.take.TakeId;
import org.jspecify.annotations.Nullable;

/** A director or owner approved a shot's selected take, which is now locked. */
public record TakeApproved(ProjectId projectId, ShotId shotId, TakeId takeId, String byUserId, String byName,
        @Nullable String note) {
}
