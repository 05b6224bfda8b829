package org.filmfactory.breakdown.internal;

import java.util.List;
import org.filmfactory.breakdown.BreakdownScene;
import org.jspecify.annotations.Nullable;

/**
 * A scene as the latest script reads, plus the two normalized texts its identity is matched by.
 *
 * @param headingKey the heading's words, lower-cased, without notes or punctuation
 * @param body every word of the scene after its heading, as {@link Words#normalized}
 */
public record SceneFacts(int number, @Nullable String sceneNumber, String heading, BreakdownScene.Setting setting,
        String location, String timeOfDay, List<String> characters, int eighths, int firstLine, int lastLine,
        String headingKey, String body) {

    public SceneFacts {
        characters = List.copyOf(characters);
    }

    public SceneFacts renumbered(int newNumber) {
        return new SceneFacts(newNumber, sceneNumber, heading, setting, location, timeOfDay, characters, eighths,
                firstLine, lastLine, headingKey, body);
    }
}
