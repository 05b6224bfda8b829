package org.filmfactory.screenplay.internal;

import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectSection;
import org.filmfactory.screenplay.ScreenplayNavigation;
import org.springframework.stereotype.Component;

/** The screenplay's place in the project room. */
@Component
class ScriptSection implements ProjectSection {

    @Override
    public String titleKey() {
        return "screenplay.section";
    }

    @Override
    public String path(ProjectId projectId) {
        return ScreenplayNavigation.toScript(projectId);
    }

    @Override
    public int order() {
        return 10;
    }
}
