package org.filmfactory.project;

/**
 * Where the project screens are, so other modules link to them without knowing the view classes. Routes are
 * relative to the studio's root; every project section lives under {@link #toRoom}.
 */
public final class ProjectNavigation {

    /** The route parameter that carries the project id in every project screen's route. */
    public static final String PROJECT_ID = "projectId";
    /** The query parameter that greets a newcomer in the room ({@link #toWelcome}). */
    public static final String WELCOME = "welcome";

    private ProjectNavigation() {
    }

    /** The list of the signed-in person's projects. */
    public static String toProjects() {
        return "";
    }

    /** A project's room: what it is, its crew and invitations, and the way to its sections. */
    public static String toRoom(ProjectId projectId) {
        return "projects/" + projectId;
    }

    /** A project's room for someone who just joined: it greets them and says what their role may do. */
    public static String toWelcome(ProjectId projectId) {
        return toRoom(projectId) + "?" + WELCOME;
    }

    /** A section of a project, by the section's own path below the room ({@code "script"}, {@code "shots"}). */
    public static String toSection(ProjectId projectId, String section) {
        return toRoom(projectId) + "/" + section;
    }
}
