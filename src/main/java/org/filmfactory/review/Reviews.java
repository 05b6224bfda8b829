package org.filmfactory.review;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.filmfactory.breakdown.ShotId;
import org.filmfactory.project.ProjectId;
import org.filmfactory.take.TakeId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments and approvals of a project. The transaction and permission boundary: reads need {@code VIEW}, comments
 * {@code COMMENT}, approvals {@code APPROVE}; editing or deleting a comment is its author's alone. Ids of another
 * project are refused like a forbidden action. Every change goes out as {@code LiveUpdate.ReviewChanged}.
 */
@Service
@Transactional
public class Reviews {

    /** The longest comment, in characters. */
    public static final int MAX_TEXT = 10_000;

    // ---------------------------------------------------------------------------------------------- reads

    /** Threads on the take (pinned or not), ordered by frame (unpinned last), then time. */
    @Transactional(readOnly = true)
    public List<CommentThread> threadsOnTake(ProjectId projectId, TakeId takeId) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Threads on the shot as a whole and on all its takes, oldest first. */
    @Transactional(readOnly = true)
    public List<CommentThread> threadsOnShot(ProjectId projectId, ShotId shotId) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Threads on script lines, with their ranges mapped to the script as it is now. */
    @Transactional(readOnly = true)
    public List<CommentThread> threadsOnScript(ProjectId projectId) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Members whose name starts with (or contains a word starting with) {@code prefix}, for @-completion. */
    @Transactional(readOnly = true)
    public List<Mentionable> mentionable(ProjectId projectId, String prefix) {
        throw new UnsupportedOperationException("not yet");
    }

    @Transactional(readOnly = true)
    public ShotApproval approval(ProjectId projectId, ShotId shotId) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Approvals of the given shots (draft for a shot without one). */
    @Transactional(readOnly = true)
    public Map<ShotId, ShotApproval> approvals(ProjectId projectId, Collection<ShotId> shots) {
        throw new UnsupportedOperationException("not yet");
    }

    // ---------------------------------------------------------------------------------------------- comments

    /**
     * Starts a thread.
     *
     * @throws CommentRefused when the text is empty or longer than {@link #MAX_TEXT}, the frame is not one of the
     *     take's, the drawing is out of bounds, or a mention names someone outside the crew
     */
    public Comment comment(ProjectId projectId, CommentTarget target, String text) {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * A guest's comment, let in through a review link (the link's facade has checked the link, that it allows
     * comments and that it covers the target): stored with {@code CommentAuthor.guest} true and no user id.
     *
     * @throws CommentRefused as {@link #comment} refuses a comment
     */
    public Comment guestComment(ProjectId projectId, CommentTarget target, String guestName, String text) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Replies in the thread of {@code to} (a reply to a reply joins the same thread). */
    public Comment reply(ProjectId projectId, CommentId to, String text) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The author changes their own comment's text (marked edited). */
    public Comment edit(ProjectId projectId, CommentId commentId, String text) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The author deletes their own comment. */
    public void delete(ProjectId projectId, CommentId commentId) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Resolves ({@code true}) or reopens a thread; any member who may comment. */
    public void resolve(ProjectId projectId, CommentId thread, boolean resolved) {
        throw new UnsupportedOperationException("not yet");
    }

    // ---------------------------------------------------------------------------------------------- approvals

    /** Approves the shot's selected take and locks it. */
    public ShotApproval approve(ProjectId projectId, ShotId shotId, @Nullable String note) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Asks for changes to the shot; the note is required. */
    public ShotApproval requestChanges(ProjectId projectId, ShotId shotId, String note) {
        throw new UnsupportedOperationException("not yet");
    }
}
