package org.filmfactory.breakdown;

import java.util.List;
import org.filmfactory.project.ProjectId;

/**
 * A project's whole breakdown as one member sees it.
 *
 * @param scriptRevision the screenplay revision the scenes and shots were derived from; 0 before the first one
 * @param shots every shot, scene by scene in script order, each scene's shots in the director's order
 * @param editable whether the person may edit shots (their role allows it); a courtesy for showing controls
 */
public record ShotList(ProjectId projectId, long scriptRevision, List<BreakdownScene> scenes, List<Shot> shots,
        boolean editable) {

    public ShotList {
        scenes = List.copyOf(scenes);
        shots = List.copyOf(shots);
    }

    /** The shots of one scene, in order. */
    public List<Shot> shotsOf(SceneId sceneId) {
        return shots.stream().filter(shot -> shot.sceneId().equals(sceneId)).toList();
    }
}
