package org.filmfactory.screenplay;

import org.filmfactory.project.ProjectId;

/** A project's screenplay has a new saved revision. Published inside the transaction that saved it. */
public record ScreenplayRevised(ProjectId projectId, long revision) {

    /** Kind of the live update sent to every open screen after a revision is saved; its subject is the revision. */
    public static final String LIVE_KIND = "script";
}
