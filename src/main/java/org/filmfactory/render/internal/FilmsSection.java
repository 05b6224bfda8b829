package org.filmfactory.render.internal;

import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectSection;
import org.filmfactory.render.RenderNavigation;
import org.springframework.stereotype.Component;

/** The films' place in the project room, after the cut and the sound. */
@Component
class FilmsSection implements ProjectSection {

    @Override
    public String titleKey() {
        return "render.section.title";
    }

    @Override
    public String path(ProjectId projectId) {
        return RenderNavigation.toFilms(projectId);
    }

    @Override
    public int order() {
        return 50;
    }
}
