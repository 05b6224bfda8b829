package org.filmfactory.project;

/**
 * A part of a project that has its own screen (the script, the shot list, the cut). Modules that own such a screen
 * declare a bean of this type; the project header shows one tab per section in {@link #order()}, so the project
 * screens never need to know the modules that build on them.
 */
public interface ProjectSection {

    /** Translation key of the section's name. */
    String titleKey();

    /** Route of the section's screen for {@code projectId}, relative to the studio's root. */
    String path(ProjectId projectId);

    /** Position among the sections: the order of work on a film (script before shots before cut). */
    int order();

    /**
     * What a member must be allowed to see the section's tab. Only a matter of tidiness (a viewer is not shown the
     * owner's settings); the section's service still checks every call.
     */
    default Permission shownWith() {
        return Permission.VIEW;
    }
}
