package org.filmfactory.review;

import java.time.Duration;
import org.filmfactory.breakdown.ShotId;
import org.filmfactory.take.TakeView;
import org.jspecify.annotations.Nullable;

/**
 * A shot as a guest sees it through a review link: its place in the film, what it shows and its selected take.
 *
 * @param take the selected take, with media addresses under the link ({@code /review/<secret>/media/<key>}) and
 *     nothing of the crew (no prompt, no maker's name); null while the shot has none
 */
public record GuestShot(ShotId shotId, int sceneNumber, int shotNumber, String description, Duration duration,
        @Nullable TakeView take) {
}
