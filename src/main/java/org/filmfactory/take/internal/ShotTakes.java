package org.filmfactory.take.internal;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The take module's own facts about a shot.
 *
 * @param selected the circled take, or null
 * @param prompt the prompt a director last edited, or null for the default
 * @param job the generation job under way or that last failed, or null
 * @param requests how many generations were asked for
 */
public record ShotTakes(UUID shotId, @Nullable UUID selected, @Nullable String prompt, @Nullable UUID job,
        int requests) {
}
