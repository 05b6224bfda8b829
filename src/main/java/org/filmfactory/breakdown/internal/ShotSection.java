package org.filmfactory.breakdown.internal;

import org.filmfactory.breakdown.BreakdownNavigation;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectSection;
import org.springframework.stereotype.Component;

/** The shot list's place in the project room, after the script. */
@Component
class ShotSection implements ProjectSection {

    @Override
    public String titleKey() {
        return "breakdown.section";
    }

    @Override
    public String path(ProjectId projectId) {
        return BreakdownNavigation.toShotList(projectId);
    }

    @Override
    public int order() {
        return 20;
    }
}
