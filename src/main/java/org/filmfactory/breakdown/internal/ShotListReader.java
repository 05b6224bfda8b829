package org.filmfactory.breakdown.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.filmfactory.breakdown.BreakdownScene;
import org.filmfactory.breakdown.SceneId;
import org.filmfactory.breakdown.Shot;
import org.filmfactory.breakdown.ShotId;

/** The stored breakdown as the module's API shows it: dropped shots hidden, merged shots folded into their keeper. */
public final class ShotListReader {

    private ShotListReader() {
    }

    public static List<BreakdownScene> scenes(List<SceneState> state) {
        return state.stream().map(scene -> {
            var facts = scene.facts();
            return new BreakdownScene(new SceneId(scene.id()), facts.number(), facts.sceneNumber(), facts.heading(),
                    facts.setting(), facts.location(), facts.timeOfDay(), facts.characters(), facts.eighths(),
                    facts.firstLine(), facts.lastLine());
        }).toList();
    }

    public static List<Shot> shots(List<SceneState> state) {
        var mergedInto = new HashMap<UUID, List<ShotState>>();
        for (var scene : state) {
            for (var shot : scene.shots()) {
                if (shot.dropped() && shot.mergedInto() != null) {
                    mergedInto.computeIfAbsent(shot.mergedInto(), id -> new ArrayList<>()).add(shot);
                }
            }
        }
        var shots = new ArrayList<Shot>();
        for (var scene : state) {
            int number = 0;
            for (var shot : scene.shots()) {
                if (shot.dropped()) {
                    continue;
                }
                var values = shot.effective();
                int first = shot.firstLine();
                int last = shot.lastLine();
                var subjects = new LinkedHashSet<>(values.subjects());
                for (var merged : mergedInto.getOrDefault(shot.id(), List.of())) {
                    first = Math.min(first, merged.firstLine());
                    last = Math.max(last, merged.lastLine());
                    subjects.addAll(merged.effective().subjects());
                }
                shots.add(new Shot(new ShotId(shot.id()), new SceneId(scene.id()), ++number, values.type(),
                        List.copyOf(subjects), values.description(), first, last, values.duration(), values.move(),
                        shot.edited(), shot.detached()));
            }
        }
        return shots;
    }
}
