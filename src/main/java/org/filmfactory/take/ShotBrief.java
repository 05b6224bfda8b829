package org.filmfactory.take;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.filmfactory.breakdown.BreakdownScene;
import org.filmfactory.breakdown.CameraMove;
import org.filmfactory.breakdown.ShotType;
import org.filmfactory.platform.VideoFormat;
import org.jspecify.annotations.Nullable;

/**
 * Everything a {@link ShotGenerator} is told about one shot: what the script and the shot list say, the project's
 * language and format, the seed and the prompt. Generators draw only from this, so the same brief and seed give the
 * same take.
 *
 * @param projectKey the project id as text (for generators that keep per-project settings)
 * @param sceneNumber the scene's position in the script, from 1
 * @param shotNumber the shot's place in its scene, from 1
 * @param setting inside/outside from the heading
 * @param timeOfDay as written after the heading's last " - " (DAY, NIGHT, 清晨…), or empty
 * @param subjects the characters in the shot, normalized names
 * @param speaker who speaks in the shot first, or null
 * @param cast every speaking character of the film in order of first appearance, so a character keeps one look
 * @param lines the script lines the shot covers, in order
 * @param language the project's language (captions are written in it)
 * @param seed varies the take; the same seed gives the same pictures
 * @param prompt the text an AI backend is given (built from the script and the project's style line, or edited)
 */
public record ShotBrief(String projectKey, String shotKey, int sceneNumber, int shotNumber, String heading,
        BreakdownScene.Setting setting, String location, String timeOfDay, ShotType type, CameraMove move,
        Duration duration, List<String> subjects, @Nullable String speaker, List<String> cast, List<Line> lines,
        String description, Locale language, long seed, VideoFormat format, String prompt) {

    public ShotBrief {
        subjects = List.copyOf(subjects);
        cast = List.copyOf(cast);
        lines = List.copyOf(lines);
    }

    /** One script line the shot covers. {@code character} is set for dialogue and parentheticals. */
    public record Line(Kind kind, @Nullable String character, String text) {

        public enum Kind {
            ACTION,
            DIALOGUE,
            PARENTHETICAL
        }
    }
}
