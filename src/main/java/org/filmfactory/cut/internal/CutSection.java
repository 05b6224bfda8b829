package org.filmfactory.cut.internal;

import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectSection;
import org.springframework.stereotype.Component;

/** The cut's place in the project room, after the storyboard. */
@Component
class CutSection implements ProjectSection {

    @Override
    public String titleKey() {
        return "cut.section.title";
    }

    @Override
    public String path(ProjectId projectId) {
        return "projects/" + projectId + "/cut";
    }

    @Override
    public int order() {
        return 40;
    }
}
