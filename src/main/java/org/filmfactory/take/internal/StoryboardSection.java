package org.filmfactory.take.internal;

import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectSection;
import org.filmfactory.take.TakeNavigation;
import org.springframework.stereotype.Component;

/** The storyboard's place in the project room, after the shot list. */
@Component
class StoryboardSection implements ProjectSection {

    @Override
    public String titleKey() {
        return "storyboard.section";
    }

    @Override
    public String path(ProjectId projectId) {
        return TakeNavigation.toStoryboard(projectId);
    }

    @Override
    public int order() {
        return 30;
    }
}
