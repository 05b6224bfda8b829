package org.filmfactory.review;

import java.util.List;
import org.filmfactory.project.ProjectId;
import org.jspecify.annotations.Nullable;

/**
 * A comment was posted (a new thread or a reply). Published inside the transaction that stored it.
 *
 * @param authorUserId the author, or null for a guest
 * @param threadAuthorUserId who started the thread (for a reply), or null
 * @param shotId the shot it is about, or null for a comment on script lines
 * @param mentioned user ids mentioned in it
 */
public record CommentPosted(ProjectId projectId, CommentId commentId, CommentId thread,
        @Nullable String authorUserId, String authorName, boolean guest, @Nullable String threadAuthorUserId,
        @Nullable String shotId, @Nullable String takeId, String excerpt, List<String> mentioned) {

    public CommentPosted {
        mentioned = List.copyOf(mentioned);
    }
}
