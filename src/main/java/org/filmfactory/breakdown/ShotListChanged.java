package org.filmfactory.breakdown;

import org.filmfactory.project.ProjectId;

/**
 * A project's scenes or shots changed: derived again from a new script revision, or edited by a director. Published
 * inside the transaction that stored the change.
 */
public record ShotListChanged(ProjectId projectId) {
}
