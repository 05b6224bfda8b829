package org.filmfactory.review;

import java.time.Instant;
import java.util.List;
import org.filmfactory.breakdown.ShotId;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectNavigation;
import org.filmfactory.screenplay.ScreenplayNavigation;
import org.filmfactory.take.TakeNavigation;
import org.jspecify.annotations.Nullable;

/**
 * One notification as its recipient sees it. Its text is {@link #key()} translated with {@link #arguments()} in the
 * reader's language; {@link #link()} is where it leads.
 *
 * @param actorName who did it (a member's or a guest's name, as it was then)
 * @param projectName the project's name then
 * @param excerpt the start of the comment or the decision's note (empty when there is none)
 * @param shotId the shot it is about, or null (a comment on the script, someone joining)
 * @param commentId the comment it is about, or null
 */
public record Notification(NotificationId id, NotificationKind kind, ProjectId projectId, @Nullable ShotId shotId,
        @Nullable CommentId commentId, String actorName, String projectName, String excerpt, Instant at,
        boolean read) {

    /** The query parameter of a shot page that names the comment to show. */
    public static final String COMMENT_PARAMETER = "comment";

    /** The translation key of the text: {@code notify.<kind>}, with {@code .note} when there is an excerpt. */
    public String key() {
        var base = "notify." + kind.name().toLowerCase(java.util.Locale.ROOT);
        return excerpt.isEmpty() ? base : base + ".note";
    }

    /** The arguments of {@link #key()}: who, which project, the excerpt. */
    public List<Object> arguments() {
        return List.of(actorName, projectName, excerpt);
    }

    /** Where it leads, relative to the studio's root: the shot (and comment), the script, or the project. */
    public String link() {
        if (shotId != null) {
            var shot = TakeNavigation.toShot(projectId, shotId);
            return commentId == null ? shot : shot + "?" + COMMENT_PARAMETER + "=" + commentId;
        }
        if (commentId != null) {
            return ScreenplayNavigation.toScript(projectId) + "?" + COMMENT_PARAMETER + "=" + commentId;
        }
        return ProjectNavigation.toRoom(projectId);
    }
}
