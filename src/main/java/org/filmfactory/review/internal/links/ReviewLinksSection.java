package org.filmfactory.review.internal.links;

import org.filmfactory.project.Permission;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectNavigation;
import org.filmfactory.project.ProjectSection;
import org.springframework.stereotype.Component;

/** The review links' tab in the project room, for those who may make them (owners and directors). */
@Component
class ReviewLinksSection implements ProjectSection {

    /** The links' screen below a project's room. */
    static final String PATH = "review-links";

    @Override
    public String titleKey() {
        return "review-link.section";
    }

    @Override
    public String path(ProjectId projectId) {
        return ProjectNavigation.toSection(projectId, PATH);
    }

    @Override
    public int order() {
        return 35;
    }

    @Override
    public Permission shownWith() {
        return Permission.APPROVE;
    }
}
