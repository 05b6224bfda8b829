package org.filmfactory.cut.internal.music;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.filmfactory.breakdown.BreakdownScene;
import org.filmfactory.breakdown.Breakdowns;
import org.filmfactory.breakdown.SceneId;
import org.filmfactory.breakdown.ScriptLine;
import org.filmfactory.breakdown.Shot;
import org.filmfactory.breakdown.ShotId;
import org.filmfactory.cut.CutSnapshot;
import org.filmfactory.cut.ScoreScene;
import org.jspecify.annotations.Nullable;

/**
 * The cut as the score sees it: runs of clips from one scene become one {@link ScoreScene} lasting from its first
 * clip's start to the next run's start (the title card belongs to the first run, the end card to the last), so the
 * score is exactly as long as the film. A clip whose shot is gone plays as a scene without heading or text.
 */
final class ScoreScenes {

    private ScoreScenes() {
    }

    static List<ScoreScene> of(CutSnapshot cut, Breakdowns breakdowns) {
        var project = cut.project();
        var shots = breakdowns.shots(project).stream().collect(Collectors.toMap(Shot::id, shot -> shot));
        var scenes = breakdowns.scenes(project).stream().collect(Collectors.toMap(BreakdownScene::id, s -> s));
        var used = cut.clips().stream().map(clip -> shots.get(clip.shot())).filter(Objects::nonNull).toList();
        var lines = breakdowns.scriptLines(project, used);
        var starts = cut.starts();
        var runs = new ArrayList<Run>();
        for (var i = 0; i < cut.clips().size(); i++) {
            var shot = shots.get(cut.clips().get(i).shot());
            var scene = shot == null ? null : shot.sceneId();
            if (runs.isEmpty() || !Objects.equals(runs.getLast().scene, scene)) {
                runs.add(new Run(scene, runs.isEmpty() ? 0 : starts[i]));
            }
            if (shot != null) {
                runs.getLast().shots.add(shot.id());
            }
        }
        if (runs.isEmpty()) {
            return cut.length() == 0 ? List.of() : List.of(new ScoreScene("", "", cut.length() / (double) cut.fps()));
        }
        var texts = new HashMap<ShotId, List<ScriptLine>>(lines);
        var result = new ArrayList<ScoreScene>();
        for (var r = 0; r < runs.size(); r++) {
            var run = runs.get(r);
            var end = r + 1 < runs.size() ? runs.get(r + 1).start : cut.length();
            var scene = run.scene == null ? null : scenes.get(run.scene);
            var text = run.shots.stream().flatMap(id -> texts.getOrDefault(id, List.of()).stream())
                    .map(ScriptLine::text).distinct().collect(Collectors.joining("\n"));
            result.add(new ScoreScene(scene == null ? "" : scene.heading(), text,
                    Math.max(0, end - run.start) / (double) cut.fps()));
        }
        return result;
    }

    private static final class Run {
        final @Nullable SceneId scene;
        final int start;
        final List<ShotId> shots = new ArrayList<>();

        Run(@Nullable SceneId scene, int start) {
            this.scene = scene;
            this.start = start;
        }
    }
}
