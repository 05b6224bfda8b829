package org.filmfactory.breakdown;

import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectNavigation;

/** Where the breakdown's screens are, so other modules can link to them without knowing the view classes. */
public final class BreakdownNavigation {

    private BreakdownNavigation() {
    }

    /** The shot list of a project, relative to the studio's root. */
    public static String toShotList(ProjectId projectId) {
        return ProjectNavigation.toSection(projectId, "shots");
    }
}
