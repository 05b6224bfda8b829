/**
 * Review: comments on takes (pinned to an exact frame and a point or drawing on the picture), on shots and on lines
 * of the script; threaded replies, @mentions, resolve and reopen; shot approval (draft → in review → changes
 * requested / approved); notifications, the activity feed and review links for guests outside the crew.
 * Reads need {@code VIEW}, comments {@code COMMENT}, decisions {@code APPROVE}.
 *
 * <p>Publishes {@link org.filmfactory.review.CommentPosted}, {@link org.filmfactory.review.TakeApproved} and
 * {@link org.filmfactory.review.ChangesRequested}; live updates are {@code LiveUpdate.ReviewChanged}.
 */
@ApplicationModule(allowedDependencies = {"take", "take :: ui", "breakdown", "screenplay", "screenplay :: ui",
        "collab", "project", "project :: ui", "account", "platform", "platform :: ui"})
@NullMarked
package org.filmfactory.review;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
