package org.filmfactory.take;

import org.filmfactory.breakdown.ShotId;
import org.filmfactory.project.ProjectId;
import org.jspecify.annotations.Nullable;

/**
 * A new take of a shot was stored (generated or uploaded). Published inside the transaction that stored it.
 *
 * @param by the user id (a UUID) of who asked for it (generated) or uploaded it; null when not known
 */
public record TakeGenerated(ProjectId projectId, ShotId shotId, TakeId takeId, int number, @Nullable String by) {

    public TakeGenerated(ProjectId projectId, ShotId shotId, TakeId takeId, int number) {
        this(projectId, shotId, takeId, number, null);
    }
}
