package org.filmfactory.factory;

import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectNavigation;

/** Where "Make film" is, so other modules link to it without knowing the view. */
public final class MakeNavigation {

    /** The "Make film" path below a project's room. */
    public static final String MAKE = "make";

    private MakeNavigation() {
    }

    /** The "Make film" screen of a project, relative to the studio's root. */
    public static String toMake(ProjectId projectId) {
        return ProjectNavigation.toSection(projectId, MAKE);
    }
}
