package org.filmfactory.take;

import org.filmfactory.breakdown.ShotId;
import org.filmfactory.project.ProjectId;

/** A new take of a shot was stored (generated or uploaded). Published inside the transaction that stored it. */
public record TakeGenerated(ProjectId projectId, ShotId shotId, TakeId takeId, int number) {
}
