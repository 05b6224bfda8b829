package org.filmfactory.review.internal.activity;

import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectSection;
import org.filmfactory.review.ActivityFeed;
import org.springframework.stereotype.Component;

/** The activity feed's place in the project room, last but the settings. */
@Component
class ActivitySection implements ProjectSection {

    @Override
    public String titleKey() {
        return "activity.section";
    }

    @Override
    public String path(ProjectId projectId) {
        return ActivityFeed.path(projectId);
    }

    @Override
    public int order() {
        return 80;
    }
}
