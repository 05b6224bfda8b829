package org.filmfactory.review;

import org.jspecify.annotations.Nullable;

/**
 * Who wrote a comment: a member of the crew, or a guest who came through a review link.
 *
 * @param userId the member's account id, or null for a guest
 * @param name the display name (a guest's own, as given)
 * @param guest whether it came through a review link
 * @param colorIndex the author's colour on every screen (collab's {@code Attendee.colorOf} of the user id or of the
 *     guest's name)
 */
public record CommentAuthor(@Nullable String userId, String name, boolean guest, int colorIndex) {
}
