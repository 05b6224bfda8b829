package org.filmfactory.collab;

import java.util.List;

/**
 * A hint that something in a project changed, sent to every node so open screens refresh. Fire-and-forget: it can
 * be lost with a node, so screens re-read the truth from the services when one arrives (the script editor notices a
 * lost step by the gap in revisions and asks for what it missed).
 *
 * <p>A closed family of records with concrete fields: Hazelcast carries them between nodes by zero-config compact
 * serialization, and subscribers take them apart with a {@code switch}. A module that needs a new kind (takes,
 * comments, job progress) adds a record here and to the {@code permits} list; records must stay in this package
 * because a sealed interface can only permit types of its own package.
 */
public sealed interface LiveUpdate {

    /**
     * Script steps accepted by the authority, in order, for every open editor.
     *
     * @param fromRevision the revision the first step applies to; the steps make the revisions after it
     */
    record ScriptStepsAccepted(long fromRevision, List<AcceptedStep> steps) implements LiveUpdate {
        public ScriptStepsAccepted {
            steps = List.copyOf(steps);
        }
    }

    /**
     * One accepted step as the browser editor takes it.
     *
     * @param clientId the editor that made it
     * @param changes the CodeMirror change set in its JSON form, already checked by the authority
     */
    record AcceptedStep(String clientId, String changes) {
    }

    /**
     * Where someone's cursor is in the script.
     *
     * @param editorId the editor it belongs to (one person may have the script open twice)
     * @param userId the person, so their cursor goes when they leave the project
     * @param colorIndex the person's colour on every screen ({@link Attendee#colorOf})
     * @param revision the revision the positions refer to
     * @param anchor where the selection starts, in UTF-16 code units
     * @param head where the selection ends (the caret), in UTF-16 code units
     */
    record CursorMoved(String editorId, String userId, String name, int colorIndex, long revision, int anchor,
            int head) implements LiveUpdate {
    }

    /**
     * Someone joined, left or got another role, or renamed themself.
     *
     * @param userId the person whose membership or profile changed
     */
    record CrewChanged(String userId) implements LiveUpdate {
    }

    /** The project itself changed: renamed, archived, restored or deleted. */
    record ProjectChanged(Change change) implements LiveUpdate {

        /** What happened to the project. */
        public enum Change {
            RENAMED, ARCHIVED, RESTORED, DELETED
        }
    }

    /**
     * An invitation was issued or revoked.
     *
     * @param invitationId the invitation
     */
    record InvitationsChanged(String invitationId) implements LiveUpdate {
    }

    /** Someone opened, moved in or left the project (delivered on each node from the presence map's events). */
    record PresenceChanged() implements LiveUpdate {
    }

    /** The project's scenes or shots changed: derived again from a new script revision, or edited by a director. */
    record ShotListChanged() implements LiveUpdate {
    }

    /**
     * A shot's takes or generation state changed: a take was made, uploaded or selected, or its generation was
     * queued, failed or cancelled. Progress of a running generation is watched on the work queue instead.
     *
     * @param shotId the shot
     */
    record TakesChanged(String shotId) implements LiveUpdate {
    }

    /**
     * Review changed on a shot: a comment was posted, edited, deleted, resolved or reopened, or the shot's approval
     * moved. Screens re-read the shot's threads and approval.
     *
     * @param shotId the shot (empty for a comment on script lines)
     * @param takeId the take the comment is on (empty when none)
     * @param commentId the comment (empty for an approval)
     */
    record ReviewChanged(String shotId, String takeId, String commentId) implements LiveUpdate {
    }

    /**
     * A new entry in the project's activity feed (a coalesced script entry counts as new: it moves to the top).
     *
     * @param entryId the entry's id
     */
    record ActivityAdded(long entryId) implements LiveUpdate {
    }

    /**
     * The cut changed: an edit, an undo, a restored version. Open timelines re-read it (or apply the revisions they
     * missed).
     *
     * @param revision the cut's revision now
     */
    record CutChanged(long revision) implements LiveUpdate {
    }

    /**
     * A film of the project was rendered, or one was removed to keep the last few. Render progress itself is watched
     * on the work queue.
     *
     * @param filmId the film
     */
    record FilmsChanged(String filmId) implements LiveUpdate {
    }

    /**
     * A "Make film" run of the project moved on (stage, shot, progress) or finished; screens re-read it. At most a few
     * a second per run.
     *
     * @param runId the run
     */
    record MakeRunChanged(String runId) implements LiveUpdate {
    }
}
