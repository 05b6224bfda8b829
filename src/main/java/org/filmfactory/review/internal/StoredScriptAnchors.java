package org.filmfactory.review.internal;

import java.util.List;
import org.filmfactory.project.ProjectId;
import org.filmfactory.review.CommentTarget.OnScript;
import org.springframework.stereotype.Component;

/** Anchors as they were stored, not mapped: the stand-in until anchors follow the script's steps. */
@Component
class StoredScriptAnchors implements ScriptAnchors {

    @Override
    public List<OnScript> current(ProjectId projectId, List<OnScript> stored) {
        return List.copyOf(stored);
    }
}
