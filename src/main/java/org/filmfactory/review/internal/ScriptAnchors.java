package org.filmfactory.review.internal;

import java.util.List;
import org.filmfactory.project.ProjectId;
import org.filmfactory.review.CommentTarget.OnScript;

/**
 * Where comments on script lines are in the script as it is now. A comment keeps the range and quote of the revision
 * it was made on; this maps such anchors through the script's later steps, so a comment follows its text as people
 * keep typing and says when its text was deleted ({@link OnScript#gone()}).
 */
public interface ScriptAnchors {

    /**
     * The anchors as they are in the project's current script, in the same order.
     *
     * @param stored anchors as stored: each with the revision it was made on
     * @return one anchor per stored one, with the current revision, range and quote, or {@code gone} set
     */
    List<OnScript> current(ProjectId projectId, List<OnScript> stored);
}
