package org.filmfactory.cut.internal.score;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.filmfactory.cut.ScoreScene;

/** {@link org.filmfactory.cut.Score#compose}: the scenes' moods written as MIDI, rendered by Gervill. */
public final class ScoreWriting {

    private ScoreWriting() {
    }

    public static double write(List<ScoreScene> scenes, long seed, Path target) throws IOException {
        var seconds = scenes.stream().mapToDouble(ScoreScene::seconds).sum();
        var frames = Math.round(seconds * GervillRenderer.RATE);
        GervillRenderer.render(ScoreComposer.compose(scenes, seed), frames, target);
        return seconds;
    }
}
