package org.filmfactory.breakdown;

import org.filmfactory.project.ProjectId;
import org.jspecify.annotations.Nullable;

/**
 * A project's scenes or shots changed: derived again from a new script revision, or edited by a director. Published
 * inside the transaction that stored the change.
 *
 * @param by the user id (a UUID) of the director or owner who edited the shot list; null when it was derived again
 *     from the script
 */
public record ShotListChanged(ProjectId projectId, @Nullable String by) {

    public ShotListChanged(ProjectId projectId) {
        this(projectId, null);
    }
}
