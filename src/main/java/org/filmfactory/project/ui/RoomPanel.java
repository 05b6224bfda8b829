package org.filmfactory.project.ui;

import com.vaadin.flow.component.Component;
import org.filmfactory.project.ProjectId;

/**
 * A panel that a module building on projects places in a project's room, below the next steps ("waiting for you",
 * for instance), so the room never needs to know that module. Modules declare beans of this type; the room asks
 * each for a new component whenever it shows a project, in {@link #order()}. The component reads through its own
 * module's services (which check access) and follows live updates itself.
 */
public interface RoomPanel {

    /** A new component for the signed-in person in {@code projectId}'s room. */
    Component create(ProjectId projectId);

    /** Position among the room's panels, smallest first. */
    default int order() {
        return 0;
    }
}
