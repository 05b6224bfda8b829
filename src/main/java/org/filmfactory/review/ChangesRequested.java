package org.filmfactory.review;

import org.filmfactory.breakdown.ShotId;
import org.filmfactory.project.ProjectId;
import org.filmfactory.take.TakeId;
import org.jspecify.annotations.Nullable;

/** A director or owner asked for changes to a shot, with a note. */
public record ChangesRequested(ProjectId projectId, ShotId shotId, @Nullable TakeId takeId, String byUserId,
        String byName, String note) {
}
