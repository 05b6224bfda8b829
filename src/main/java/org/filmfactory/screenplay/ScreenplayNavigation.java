package org.filmfactory.screenplay;

import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectNavigation;

/** Where the screenplay's screens are, so other modules can link to them without knowing the view classes. */
public final class ScreenplayNavigation {

    private ScreenplayNavigation() {
    }

    /** The script screen (the co-editor) of a project, relative to the studio's root. */
    public static String toScript(ProjectId projectId) {
        return ProjectNavigation.toSection(projectId, "script");
    }

    /** The script's history: versions, comparison with now, restore, and who changed which lines. */
    public static String toHistory(ProjectId projectId) {
        return toScript(projectId) + "/history";
    }
}
