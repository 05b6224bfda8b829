package org.filmfactory.project;

import org.filmfactory.platform.UserFacingException;

/**
 * The signed-in person may not do this in this project: their role does not allow it, or they are not on the crew,
 * or the project does not exist (the answer is the same, so ids cannot be probed).
 */
public class NotAllowed extends UserFacingException {

    private final Permission permission;

    public NotAllowed(Permission permission) {
        super("project.error.not-allowed." + permission.key());
        this.permission = permission;
    }

    public Permission permission() {
        return permission;
    }
}
