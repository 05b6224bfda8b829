package org.filmfactory.review;

import java.util.Objects;
import org.filmfactory.breakdown.BreakdownNavigation;
import org.filmfactory.breakdown.ShotId;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectNavigation;
import org.filmfactory.screenplay.ScreenplayNavigation;
import org.filmfactory.take.TakeNavigation;
import org.jspecify.annotations.Nullable;

/**
 * Where an activity entry leads: the script, one shot's page, the shot list or the crew (in the project's room).
 *
 * @param shotId the shot, exactly when {@code place} is {@link Place#SHOT}
 */
public record ActivityLink(Place place, @Nullable ShotId shotId) {

    public static final ActivityLink SCRIPT = new ActivityLink(Place.SCRIPT, null);
    public static final ActivityLink SHOT_LIST = new ActivityLink(Place.SHOT_LIST, null);
    public static final ActivityLink CREW = new ActivityLink(Place.CREW, null);

    /** The screens an entry can lead to. */
    public enum Place {
        SCRIPT, SHOT, SHOT_LIST, CREW
    }

    public ActivityLink {
        if ((place == Place.SHOT) != (shotId != null)) {
            throw new IllegalArgumentException("a link names a shot exactly when it leads to one");
        }
    }

    public static ActivityLink shot(ShotId shotId) {
        return new ActivityLink(Place.SHOT, shotId);
    }

    /** The route of the screen, relative to the studio's root. */
    public String path(ProjectId projectId) {
        return switch (place) {
            case SCRIPT -> ScreenplayNavigation.toScript(projectId);
            case SHOT -> TakeNavigation.toShot(projectId, Objects.requireNonNull(shotId));
            case SHOT_LIST -> BreakdownNavigation.toShotList(projectId);
            case CREW -> ProjectNavigation.toRoom(projectId);
        };
    }
}
