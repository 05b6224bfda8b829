package org.filmfactory.project;

import com.vaadin.flow.component.Component;

/**
 * Who has a project open right now, as avatars for the project header: implemented by the module that knows about
 * presence (collab). The component makes the signed-in person present in the project while it is attached, and
 * follows the others arriving and leaving on every node.
 */
public interface PresenceAvatars {

    /** @param place where in the project the person is (a section's path, or {@code "room"}) */
    Component avatars(ProjectId projectId, String place);
}
