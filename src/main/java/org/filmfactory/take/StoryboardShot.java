package org.filmfactory.take;

import java.time.Duration;
import org.filmfactory.breakdown.SceneId;
import org.filmfactory.breakdown.ShotId;
import org.filmfactory.breakdown.ShotType;
import org.filmfactory.platform.JobId;
import org.filmfactory.platform.UserMessage;
import org.jspecify.annotations.Nullable;

/**
 * One shot on the storyboard: where it is in the film, its state and its selected take.
 *
 * @param sceneNumber the scene's position in the script, from 1
 * @param shotNumber the shot's place in its scene, from 1
 * @param percent progress of its generation while {@link ShotState#GENERATING}, else 0
 * @param failure why its last generation failed, when {@link ShotState#FAILED}
 * @param job its queued, running or failed generation job, or null
 * @param selected the circled take, or null
 * @param takeCount how many takes the shot has
 */
public record StoryboardShot(ShotId shotId, SceneId sceneId, int sceneNumber, String heading, int shotNumber,
        ShotType type, Duration duration, String description, ShotState state, int percent,
        @Nullable UserMessage failure, @Nullable JobId job, @Nullable TakeView selected, int takeCount) {
}
