package org.filmfactory.review;

import java.time.Instant;
import java.util.List;
import org.filmfactory.account.UserId;
import org.jspecify.annotations.Nullable;

/**
 * One line of a project's activity feed: who did what, when, and where it leads.
 *
 * @param id the entry's place in the feed: a newer entry has a greater id (the key for paging)
 * @param actor who did it; null for a guest who came through a review link
 * @param actorName their display name when it happened
 * @param summaryKey translation key of what happened, e.g. {@code activity.summary.take-made}; when the entry leads to
 *     a shot, the translation's last placeholder is the shot's label, which the screen adds (labels change when the
 *     shot list is derived again)
 * @param arguments the other placeholders' values, in order
 */
public record ActivityEntry(long id, Instant at, ActivityKind kind, @Nullable UserId actor, String actorName,
        String summaryKey, List<String> arguments, ActivityLink link) {

    public ActivityEntry {
        arguments = List.copyOf(arguments);
    }
}
