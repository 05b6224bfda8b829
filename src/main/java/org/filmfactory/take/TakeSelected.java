package org.filmfactory.take;

import org.filmfactory.breakdown.ShotId;
import org.filmfactory.project.ProjectId;
import org.jspecify.annotations.Nullable;

/**
 * A shot's selected ("circled") take changed. Published inside the transaction that moved the mark.
 *
 * @param previous the take selected before, or null when the shot had none
 * @param by the user id (a UUID) of who moved the mark; null when not known
 */
public record TakeSelected(ProjectId projectId, ShotId shotId, TakeId takeId, @Nullable TakeId previous,
        @Nullable String by) {

    public TakeSelected(ProjectId projectId, ShotId shotId, TakeId takeId, @Nullable TakeId previous) {
        this(projectId, shotId, takeId, previous, null);
    }
}
