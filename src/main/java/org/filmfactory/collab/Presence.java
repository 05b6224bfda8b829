package org.filmfactory.collab;

import java.util.List;
import org.filmfactory.account.UserProfile;
import org.filmfactory.project.ProjectId;

/**
 * Who has which project open, across the cluster. Each open screen holds a {@link Ticket}; tickets are kept alive by
 * their node while the screen's browser shows signs of life, and vanish within seconds when the screen closes or the
 * node dies, and within half a minute when the browser crashes or sleeps (it comes back when the browser wakes). Changes are announced on the
 * {@link ProjectFeed} as {@link LiveUpdate.PresenceChanged}.
 */
public interface Presence {

    Ticket enter(ProjectId projectId, UserProfile who, String place);

    /**
     * Ends a ticket by its id, from any node: used when a closing browser tab says goodbye (the tab's screen may
     * never be told). Unknown ids are ignored.
     */
    void leave(String ticketId);

    /** Everyone in the project now, once per person, in the order they came. */
    List<Attendee> attendees(ProjectId projectId);

    /** One open screen's place in a project. */
    interface Ticket extends AutoCloseable {
        /** A secret, unguessable id: whoever holds it may end the ticket (see {@link Presence#leave}). */
        String id();

        void moveTo(String place);

        /**
         * The screen's browser showed a sign of life (a heartbeat). A ticket whose browser stays silent longer than
         * the presence settings allow leaves the others' screens until the next sign of life.
         */
        void stillHere();

        @Override
        void close();
    }
}
