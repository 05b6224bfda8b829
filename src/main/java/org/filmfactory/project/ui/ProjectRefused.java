package org.filmfactory.project.ui;

import org.filmfactory.platform.UserFacingException;

/**
 * A project screen that cannot be opened: the project id is malformed, unknown, or the person is not on its crew.
 * Carries the service's refusal so {@link ProjectRefusedView} can say why in the person's language.
 */
final class ProjectRefused extends RuntimeException {

    private final transient UserFacingException reason;

    ProjectRefused(UserFacingException reason) {
        super(reason.getMessage(), reason);
        this.reason = reason;
    }

    UserFacingException reason() {
        return reason;
    }
}
