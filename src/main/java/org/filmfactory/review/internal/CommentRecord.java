package org.filmfactory.review.internal;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A stored comment as the module's code passes it around.
 *
 * @param threadId the thread's first comment (its own id on the first)
 * @param parentId the comment this one answers, or null for a thread's first
 * @param kind what it is about; replies carry their thread's kind, shot and take
 * @param drawing the drawing's JSON form, or null
 * @param authorId the member who wrote it, or null for a guest
 * @param authorName the author's name when it was posted (a guest's own)
 * @param guestLink the review link a guest came through, or null
 * @param resolved kept on a thread's first comment only
 */
public record CommentRecord(UUID id, UUID projectId, UUID threadId, @Nullable UUID parentId, TargetKind kind,
        @Nullable UUID shotId, @Nullable UUID takeId, @Nullable Long frame, @Nullable String drawing,
        @Nullable Long scriptRevision, @Nullable Integer scriptFrom, @Nullable Integer scriptTo,
        @Nullable String scriptQuote, boolean scriptGone, @Nullable UUID authorId, String authorName,
        @Nullable UUID guestLink, String body, Instant posted, @Nullable Instant edited, boolean deleted,
        boolean resolved, @Nullable UUID resolvedBy, @Nullable String resolvedByName, @Nullable Instant resolvedAt) {

    /** What a comment is about, as stored. */
    public enum TargetKind {
        TAKE, SHOT, SCRIPT
    }

    public boolean first() {
        return id.equals(threadId);
    }
}
