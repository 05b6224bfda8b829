package org.filmfactory.screenplay;

import org.filmfactory.project.ProjectId;

/**
 * One saved revision of a project's screenplay.
 *
 * @param revision its number, from 1
 * @param text the Fountain text
 */
public record ScriptRevision(ProjectId projectId, long revision, String text) {
}
