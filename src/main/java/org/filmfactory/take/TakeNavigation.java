package org.filmfactory.take;

import org.filmfactory.breakdown.ShotId;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectNavigation;

/** Where the take module's screens are, so other modules can link to them without knowing the view classes. */
public final class TakeNavigation {

    /** The storyboard's path below a project's room. */
    public static final String STORYBOARD = "storyboard";

    private TakeNavigation() {
    }

    /** The storyboard of a project, relative to the studio's root. */
    public static String toStoryboard(ProjectId projectId) {
        return ProjectNavigation.toSection(projectId, STORYBOARD);
    }

    /** The page of one shot of the storyboard: its player, takes, script lines and prompt. */
    public static String toShot(ProjectId projectId, ShotId shotId) {
        return toStoryboard(projectId) + "/" + shotId;
    }
}
