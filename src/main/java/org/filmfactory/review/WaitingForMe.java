package org.filmfactory.review;

import java.time.Instant;
import java.util.List;
import org.filmfactory.breakdown.ShotId;
import org.jspecify.annotations.Nullable;

/**
 * What waits for the signed-in person in a project, for the project's room.
 *
 * @param toApprove shots in review, in shot-list order, when the person may approve (directors and owners); else empty
 * @param mentions open threads in which someone mentioned the person, newest mention first
 * @param changesAsked shots, in shot-list order, on which changes were asked for and whose selected take the person
 *     made
 */
public record WaitingForMe(List<ShotId> toApprove, List<Mention> mentions, List<ShotId> changesAsked) {

    public WaitingForMe {
        toApprove = List.copyOf(toApprove);
        mentions = List.copyOf(mentions);
        changesAsked = List.copyOf(changesAsked);
    }

    /**
     * The newest comment of an open thread that mentions the person.
     *
     * @param shotId the shot the thread is on, or null for a thread on script lines
     * @param excerpt the start of the comment, mentions as {@code @Name}
     */
    public record Mention(CommentId thread, @Nullable ShotId shotId, String authorName, String excerpt,
            Instant posted) {
    }

    public boolean isEmpty() {
        return toApprove.isEmpty() && mentions.isEmpty() && changesAsked.isEmpty();
    }
}
