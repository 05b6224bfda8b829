package org.filmfactory.review.internal;

import java.util.List;
import org.filmfactory.project.ProjectId;
import org.filmfactory.review.CommentTarget.OnScript;
import org.filmfactory.screenplay.ScriptHistory;
import org.springframework.stereotype.Component;

/**
 * Where comments on script lines are now: reads the script's trail once, from the oldest comment's revision, and
 * follows every comment through it ({@link ScriptAnchoring}). Needs {@code VIEW} on the project (the script's
 * history checks it).
 */
@Component
class ScriptAnchorTracker implements ScriptAnchors {

    private final ScriptHistory history;

    ScriptAnchorTracker(ScriptHistory history) {
        this.history = history;
    }

    @Override
    public List<OnScript> current(ProjectId projectId, List<OnScript> anchors) {
        if (anchors.isEmpty()) {
            return List.of();
        }
        long oldest = Long.MAX_VALUE;
        for (var anchor : anchors) {
            oldest = Math.min(oldest, anchor.revision());
        }
        return ScriptAnchoring.follow(anchors, history.trail(projectId, oldest));
    }
}
