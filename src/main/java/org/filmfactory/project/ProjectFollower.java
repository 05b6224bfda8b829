package org.filmfactory.project;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.shared.Registration;

/**
 * Keeps a project screen live: implemented by the module that carries changes between nodes (collab), which may
 * depend on this module while this one may not depend on it. Calls run on the component's UI thread, only while the
 * component is attached, and end by themselves when it is detached.
 */
public interface ProjectFollower {

    /**
     * Calls {@code refresh} whenever the project, its crew or its invitations change, on any node.
     *
     * @return stops following for good (for a screen the router reuses for another project)
     */
    Registration follow(Component component, ProjectId projectId, Runnable refresh);

    /** Calls {@code refresh} whenever any project or crew changes (for the list of the person's projects). */
    void followAll(Component component, Runnable refresh);
}
