package org.filmfactory.breakdown.internal;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.filmfactory.project.ProjectId;
import org.springframework.stereotype.Component;

/**
 * Breakdowns in the database, read and written as whole {@link SceneState} lists. Writing compares with what is
 * stored, so only scenes and shots that changed are written. Call inside a transaction, after {@link #lock}.
 */
@Component
public class BreakdownStore {

    private final StoredBreakdowns breakdowns;
    private final StoredScenes scenes;
    private final StoredShots shots;
    private final EntityManager entities;

    BreakdownStore(StoredBreakdowns breakdowns, StoredScenes scenes, StoredShots shots, EntityManager entities) {
        this.breakdowns = breakdowns;
        this.scenes = scenes;
        this.shots = shots;
        this.entities = entities;
    }

    /** The project's breakdown, created if it has none, locked until the transaction ends. */
    public StoredBreakdown lock(ProjectId projectId) {
        breakdowns.createIfAbsent(projectId.value());
        return breakdowns.findForUpdate(projectId.value()).orElseThrow();
    }

    /** The project's breakdown locked until the transaction ends, if it has one. */
    public Optional<StoredBreakdown> lockExisting(ProjectId projectId) {
        return breakdowns.findForUpdate(projectId.value());
    }

    public Optional<StoredBreakdown> find(ProjectId projectId) {
        return breakdowns.findById(projectId.value());
    }

    public List<SceneState> load(ProjectId projectId) {
        var shotsByScene = new HashMap<UUID, List<ShotState>>();
        for (var shot : shots.findByProject(projectId.value())) {
            shotsByScene.computeIfAbsent(shot.sceneId(), id -> new ArrayList<>()).add(shot.toState());
        }
        return scenes.findByProject(projectId.value()).stream()
                .map(scene -> scene.toState(shotsByScene.getOrDefault(scene.getId(), List.of())))
                .toList();
    }

    /**
     * The scenes from the {@code offset}-th (0-based) on, at most {@code limit} of them, without their shots: what a
     * scrolling list shows, so a screen never holds a feature's whole breakdown (issue 10).
     */
    public List<SceneState> sceneWindow(ProjectId projectId, int offset, int limit) {
        return entities.createQuery("select s from StoredScene s where s.projectId = :projectId order by s.ordinal",
                        StoredScene.class)
                .setParameter("projectId", projectId.value())
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList().stream().map(scene -> scene.toState(List.of())).toList();
    }

    /** How many shots each of the scenes shows (dropped ones are not shown); scenes without any are left out. */
    public Map<UUID, Integer> shownShotCounts(Collection<UUID> sceneIds) {
        var counts = new HashMap<UUID, Integer>();
        if (!sceneIds.isEmpty()) {
            for (var row : shots.countShown(sceneIds)) {
                counts.put((UUID) row[0], ((Number) row[1]).intValue());
            }
        }
        return counts;
    }

    public long sceneCount(ProjectId projectId) {
        return scenes.countByProjectId(projectId.value());
    }

    public long shownShotCount(ProjectId projectId) {
        return shots.countShown(projectId.value());
    }

    /** One scene of the project with its shots, or empty when the project has no such scene. */
    public Optional<SceneState> loadScene(ProjectId projectId, UUID sceneId) {
        return scenes.findById(sceneId).filter(scene -> scene.getProjectId().equals(projectId.value()))
                .map(scene -> scene.toState(shots.findByScene(sceneId).stream().map(StoredShot::toState).toList()));
    }

    /** Makes the stored breakdown equal {@code state}: scenes numbered in list order, shots in their scene's order. */
    public void save(ProjectId projectId, List<SceneState> state) {
        var storedScenes = new HashMap<UUID, StoredScene>();
        scenes.findByProject(projectId.value()).forEach(scene -> storedScenes.put(scene.getId(), scene));
        var storedShots = new HashMap<UUID, StoredShot>();
        shots.findByProject(projectId.value()).forEach(shot -> storedShots.put(shot.getId(), shot));

        var keptScenes = new HashSet<UUID>();
        var keptShots = new HashSet<UUID>();
        var newScenes = new ArrayList<StoredScene>();
        var newShots = new ArrayList<StoredShot>();
        for (int s = 0; s < state.size(); s++) {
            var scene = state.get(s);
            keptScenes.add(scene.id());
            var stored = storedScenes.get(scene.id());
            if (stored == null) {
                newScenes.add(new StoredScene(projectId.value(), scene, s + 1));
            } else {
                stored.update(scene, s + 1);
            }
            for (int i = 0; i < scene.shots().size(); i++) {
                var shot = scene.shots().get(i);
                keptShots.add(shot.id());
                var storedShot = storedShots.get(shot.id());
                if (storedShot == null) {
                    newShots.add(new StoredShot(projectId.value(), scene.id(), shot, i + 1));
                } else {
                    storedShot.update(scene.id(), shot, i + 1);
                }
            }
        }
        // Shots go before their scenes, so no shot is left pointing at a deleted scene.
        shots.deleteAll(storedShots.values().stream().filter(shot -> !keptShots.contains(shot.getId())).toList());
        scenes.deleteAll(storedScenes.values().stream().filter(scene -> !keptScenes.contains(scene.getId())).toList());
        scenes.saveAll(newScenes);
        shots.saveAll(newShots);
    }
}
