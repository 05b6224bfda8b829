package org.filmfactory.screenplay;

import java.util.List;
import org.filmfactory.account.UserId;
import org.filmfactory.project.ProjectId;

/**
 * A project's stored screenplay caught up with a new revision (a save, or a pause in co-editing). Published inside
 * the transaction that stored it. Open editors do not need it: they follow {@link ScriptChanged} step by step.
 *
 * @param authors who made the changes since the previous stored revision, in the order they first changed it; empty
 *     when not known (an import or a demo script)
 */
public record ScreenplayRevised(ProjectId projectId, long revision, List<UserId> authors) {

    public ScreenplayRevised {
        authors = List.copyOf(authors);
    }

    public ScreenplayRevised(ProjectId projectId, long revision) {
        this(projectId, revision, List.of());
    }
}
