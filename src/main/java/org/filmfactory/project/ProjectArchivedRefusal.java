package org.filmfactory.project;

import org.filmfactory.platform.UserFacingException;

/** An archived project is read-only until its owner restores it. */
public class ProjectArchivedRefusal extends UserFacingException {
    public ProjectArchivedRefusal() {
        super("project.error.archived");
    }
}
