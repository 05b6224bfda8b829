package org.filmfactory.breakdown;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A scene of the screenplay as the shot list sees it.
 *
 * @param number the scene's position in the script, from 1
 * @param sceneNumber the number written in the heading ({@code #12A#}), or null
 * @param heading the heading as written, without the forcing dot and the scene number
 * @param location the place named in the heading
 * @param timeOfDay what the heading says after the last {@code " - "} ({@code NIGHT}, {@code 清晨}), or empty
 * @param characters the speaking characters, normalized, in order of first appearance
 * @param eighths the estimated length in eighths of a page, at least 1
 * @param firstLine the heading's line in the script, 1-based
 * @param lastLine the scene's last line
 */
public record BreakdownScene(SceneId id, int number, @Nullable String sceneNumber, String heading, Setting setting,
        String location, String timeOfDay, List<String> characters, int eighths, int firstLine, int lastLine) {

    public BreakdownScene {
        characters = List.copyOf(characters);
    }

    /** Inside, outside, or both, from the heading's prefix. */
    public enum Setting {
        /** {@code INT.}, {@code 内景}. */
        INTERIOR,
        /** {@code EXT.}, {@code 外景}. */
        EXTERIOR,
        /** {@code INT./EXT.}, {@code I/E}, {@code 内外景}. */
        INTERIOR_EXTERIOR,
        /** {@code EST.}. */
        ESTABLISHING,
        /** A forced heading without a known prefix ({@code .SNIPER SCOPE POV}). */
        UNSPECIFIED
    }
}
