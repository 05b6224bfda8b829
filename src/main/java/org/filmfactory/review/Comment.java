package org.filmfactory.review;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One comment as a member sees it.
 *
 * @param thread the thread's first comment (this comment's own id when it starts the thread)
 * @param text what the author wrote, mentions as {@code @[Display name](user-uuid)}
 * @param html the text rendered safely: escaped, then {@code **bold**}, {@code *italic*}, http(s) links and mentions
 *     marked up; never any of the author's own HTML
 * @param mentioned user ids of the members mentioned
 * @param edited when it was last edited, or null
 * @param deleted whether its author deleted it (text and html empty; kept so replies keep their place)
 */
public record Comment(CommentId id, CommentId thread, CommentTarget target, CommentAuthor author, String text,
        String html, List<String> mentioned, Instant posted, @Nullable Instant edited, boolean deleted) {

    public Comment {
        mentioned = List.copyOf(mentioned);
    }
}
