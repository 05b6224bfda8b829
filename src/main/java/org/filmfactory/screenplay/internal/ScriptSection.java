package org.filmfactory.screenplay.internal;

import org.filmfactory.collab.ProjectSection;
import org.filmfactory.project.ProjectId;
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
        return "projects/" + projectId + "/script";
    }

    @Override
    public int order() {
        return 10;
    }
}
