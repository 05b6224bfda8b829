package org.filmfactory.take;

import java.util.Collection;
import java.util.Map;
import org.filmfactory.breakdown.ShotId;
import org.filmfactory.project.ProjectId;

/**
 * Marks that modules building on takes (review) put on shots of the storyboard and the shot page, without the take
 * module knowing them. A bean of this type is optional; the storyboard asks it for the shots on screen only.
 */
public interface ShotMarks {

    /** Marks of the given shots; a shot without a mark is left out. The caller has checked {@code VIEW}. */
    Map<ShotId, ShotMark> marks(ProjectId projectId, Collection<ShotId> shots);
}
