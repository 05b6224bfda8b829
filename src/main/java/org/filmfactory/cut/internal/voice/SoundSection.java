package org.filmfactory.cut.internal.voice;

import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectNavigation;
import org.filmfactory.project.ProjectSection;
import org.springframework.stereotype.Component;

/** The sound screen's place in the project room: after the cut, before the films. */
@Component
class SoundSection implements ProjectSection {

    @Override
    public String titleKey() {
        return "cut.sound.title";
    }

    @Override
    public String path(ProjectId projectId) {
        return ProjectNavigation.toSection(projectId, "sound");
    }

    @Override
    public int order() {
        return 45;
    }
}
