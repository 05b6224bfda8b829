package org.filmfactory.breakdown;

import java.time.Duration;
import java.util.List;

/**
 * One line of the shot list: what the rules made of the script, with every choice a director made on top.
 *
 * @param number the shot's place in its scene, from 1
 * @param subjects the characters in the shot, normalized names
 * @param firstLine the first script line the shot covers, 1-based
 * @param lastLine the last script line it covers
 * @param duration the estimated (or chosen) screen time, in whole tenths of a second
 * @param edited whether a director added, changed or merged this shot (its values then win over the rules)
 * @param detached whether the script text this shot was made from is gone; it stays because a director shaped it
 */
public record Shot(ShotId id, SceneId sceneId, int number, ShotType type, List<String> subjects, String description,
        int firstLine, int lastLine, Duration duration, CameraMove cameraMove, boolean edited, boolean detached) {

    public Shot {
        subjects = List.copyOf(subjects);
    }
}
