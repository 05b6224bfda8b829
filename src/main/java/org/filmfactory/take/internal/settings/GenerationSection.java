package org.filmfactory.take.internal.settings;

import org.filmfactory.project.Permission;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectNavigation;
import org.filmfactory.project.ProjectSection;
import org.springframework.stereotype.Component;

/** The generation settings' place among a project's sections: last, as the owner's settings. */
@Component
class GenerationSection implements ProjectSection {

    @Override
    public String titleKey() {
        return "take.settings.section";
    }

    @Override
    public String path(ProjectId projectId) {
        return ProjectNavigation.toSection(projectId, "generation");
    }

    @Override
    public int order() {
        return 90;
    }

    /** Only owners may change generation settings, so only they get the tab. */
    @Override
    public Permission shownWith() {
        return Permission.EDIT_PROJECT;
    }
}
