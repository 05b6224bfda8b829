package org.filmfactory.review;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A comment and its replies, oldest first.
 *
 * @param resolvedBy the display name of who resolved it, or null while it is open
 */
public record CommentThread(Comment first, List<Comment> replies, boolean resolved, @Nullable String resolvedBy,
        @Nullable Instant resolvedAt) {

    public CommentThread {
        replies = List.copyOf(replies);
    }

    public CommentId id() {
        return first.id();
    }
}
