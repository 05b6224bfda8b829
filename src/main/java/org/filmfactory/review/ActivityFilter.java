package org.filmfactory.review;

import java.util.Set;
import org.filmfactory.account.UserId;
import org.jspecify.annotations.Nullable;

/**
 * Which entries of the activity feed to show.
 *
 * @param kinds the kinds to show; empty for all
 * @param person only what this person did, or null for everyone
 */
public record ActivityFilter(Set<ActivityKind> kinds, @Nullable UserId person) {

    public static final ActivityFilter ALL = new ActivityFilter(Set.of(), null);

    public ActivityFilter {
        kinds = Set.copyOf(kinds);
    }
}
