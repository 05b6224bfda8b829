package org.filmfactory.screenplay;

import org.filmfactory.project.ProjectId;

/**
 * A project's stored screenplay caught up with a new revision (a save, or a pause in co-editing). Published inside
 * the transaction that stored it. Open editors do not need it: they follow {@link ScriptChanged} step by step.
 */
public record ScreenplayRevised(ProjectId projectId, long revision) {
}
