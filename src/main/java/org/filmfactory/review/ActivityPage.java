package org.filmfactory.review;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of the activity feed, newest first.
 *
 * @param next the key to pass as {@code before} for the following (older) page, or null when this is the last
 */
public record ActivityPage(List<ActivityEntry> entries, @Nullable Long next) {

    public ActivityPage {
        entries = List.copyOf(entries);
    }
}
