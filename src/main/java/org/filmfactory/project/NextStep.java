package org.filmfactory.project;

import java.util.Optional;

/**
 * A step in getting a film going that a project's room suggests (write the script, invite the crew, look at the
 * shots). Modules that own such a step declare a bean of this type, as they do for {@link ProjectSection}; the room
 * lists the steps for the person's role in {@link #order()}, marked done or not yet possible, and links each to its
 * screen.
 */
public interface NextStep {

    /** Position among the steps: the order of work on a film. */
    int order();

    /**
     * This step as someone in {@code role} sees it now, or empty when it is none of theirs. Called with the role
     * already checked; it may read the project without checking again.
     */
    Optional<Suggestion> suggest(ProjectId projectId, ProjectRole role);

    /** What the room shows for a step. */
    enum State {
        /** To do now. */
        TO_DO,
        /** Done already. */
        DONE,
        /** Possible only after an earlier step. */
        LATER
    }

    /**
     * @param key the step's key: {@code nextstep.<key>} names it and {@code nextstep.<key>.hint} says how, in the
     *     translation bundles
     * @param path the route of the screen where it is done, relative to the studio's root
     */
    record Suggestion(String key, String path, State state) {
    }
}
