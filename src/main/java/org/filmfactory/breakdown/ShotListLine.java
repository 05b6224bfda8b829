package org.filmfactory.breakdown;

import java.time.Duration;

/**
 * One line of the shot list as a screen lists it: a scene's heading, followed by that scene's shots. A screen asks
 * for the lines it shows ({@link Breakdowns#lines}), never for the whole list.
 */
public sealed interface ShotListLine {

    /**
     * @param shots how many shots the scene has
     * @param runtime the sum of its shots' durations
     */
    record SceneLine(BreakdownScene scene, int shots, Duration runtime) implements ShotListLine {
    }

    /** @param sceneNumber the shot's scene's position in the script, from 1 */
    record ShotLine(Shot shot, int sceneNumber) implements ShotListLine {
    }
}
