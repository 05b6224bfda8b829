package org.filmfactory.breakdown;

import java.time.Duration;
import org.filmfactory.project.ProjectId;

/**
 * A project's shot list in figures, as one member sees it: enough for a screen to size its list and show the
 * estimated runtime against the project's target length, without holding any scene or shot.
 *
 * @param scriptRevision the screenplay revision the scenes and shots were derived from; 0 before the first one
 * @param lines scenes plus shots: the number of {@link ShotListLine}s
 * @param runtime the sum of every shot's duration
 * @param targetLength the screen time the project aims at
 * @param editable whether the person may edit shots and the target; a courtesy for showing controls
 */
public record ShotListTotals(ProjectId projectId, long scriptRevision, int scenes, int shots, int lines,
        Duration runtime, Duration targetLength, boolean editable) {

    /** How much longer than the target the shots run: positive when over, negative when under, zero on target. */
    public Duration overTarget() {
        return runtime.minus(targetLength);
    }
}
