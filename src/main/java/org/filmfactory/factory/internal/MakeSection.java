package org.filmfactory.factory.internal;

import org.filmfactory.factory.MakeNavigation;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectSection;
import org.springframework.stereotype.Component;

/** "Make film" in the project room: after the sound, before the films it makes. */
@Component
class MakeSection implements ProjectSection {

    @Override
    public String titleKey() {
        return "factory.make.section.title";
    }

    @Override
    public String path(ProjectId projectId) {
        return MakeNavigation.toMake(projectId);
    }

    @Override
    public int order() {
        return 48;
    }
}
