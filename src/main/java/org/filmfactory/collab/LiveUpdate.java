package org.filmfactory.collab;

/**
 * A hint that something in a project changed, sent to every node so open screens refresh. Fire-and-forget: it can
 * be lost with a node, so screens re-read the truth from the services when one arrives.
 *
 * @param kind what changed, one of the constants here (other modules add their own)
 * @param subject which thing changed (a user id, a scene id), or empty
 */
public record LiveUpdate(String kind, String subject) {

    public static final String CREW = "crew";
    public static final String PROJECT = "project";
    public static final String INVITATIONS = "invitations";
    public static final String PRESENCE = "presence";

    public static LiveUpdate of(String kind, Object subject) {
        return new LiveUpdate(kind, String.valueOf(subject));
    }
}
