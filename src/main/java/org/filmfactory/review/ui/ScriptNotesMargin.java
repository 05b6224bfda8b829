package org.filmfactory.review.ui;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import org.filmfactory.collab.LiveFollower;
import org.filmfactory.platform.Translations;
import org.filmfactory.project.Permission;
import org.filmfactory.project.ProjectAccess;
import org.filmfactory.project.ProjectId;
import org.filmfactory.review.CommentTarget;
import org.filmfactory.review.Reviews;
import org.filmfactory.screenplay.ui.ScriptDesk;
import org.filmfactory.screenplay.ui.ScriptMargin;

/**
 * Comments on script lines in the co-editor: a marker beside the lines of each thread (where its text is now) and
 * the panel beside the editor that lists the threads and takes new comments on the selected lines.
 */
@org.springframework.stereotype.Component
class ScriptNotesMargin implements ScriptMargin {

    private final Reviews reviews;
    private final ProjectAccess access;
    private final LiveFollower follower;
    private final Translations translations;

    ScriptNotesMargin(Reviews reviews, ProjectAccess access, LiveFollower follower, Translations translations) {
        this.reviews = reviews;
        this.access = access;
        this.follower = follower;
        this.translations = translations;
    }

    @Override
    public Marks marks(ProjectId projectId) {
        long revision = 0;
        var marks = new ArrayList<Mark>();
        for (var thread : reviews.threadsOnScript(projectId)) {
            if (!(thread.first().target() instanceof CommentTarget.OnScript anchor)) {
                continue;
            }
            revision = Math.max(revision, anchor.revision());
            int count = (thread.first().deleted() ? 0 : 1)
                    + (int) thread.replies().stream().filter(reply -> !reply.deleted()).count();
            marks.add(new Mark(thread.id().value().toString(), anchor.from(), anchor.to(),
                    thread.first().author().colorIndex(), Math.max(1, count), thread.resolved(), anchor.gone()));
        }
        return new Marks(revision, marks);
    }

    @Override
    public Component panelFor(ScriptDesk desk) {
        return new ScriptNotesPanel(desk, reviews, access.can(desk.projectId(), Permission.COMMENT), follower,
                translations);
    }

    @Override
    public String actionLabelKey() {
        return "review.script.comment";
    }
}
