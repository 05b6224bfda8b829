package org.filmfactory.breakdown.internal;

import java.util.List;
import java.util.UUID;

/**
 * A stored scene with its shots in shot-list order (hidden, dropped shots included).
 *
 * @param directorOrdered a director moved shots; the order is theirs from now on and later revisions only insert
 *     new shots into it
 */
public record SceneState(UUID id, SceneFacts facts, boolean directorOrdered, List<ShotState> shots) {

    public SceneState {
        shots = List.copyOf(shots);
    }

    public SceneState withShots(List<ShotState> newShots, boolean ordered) {
        return new SceneState(id, facts, ordered, newShots);
    }
}
