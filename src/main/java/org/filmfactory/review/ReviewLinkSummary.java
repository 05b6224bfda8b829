package org.filmfactory.review;

import java.time.Instant;
import java.util.Set;
import org.filmfactory.breakdown.ShotId;
import org.jspecify.annotations.Nullable;

/**
 * A review link as the crew sees it in its list (never its secret, which is shown once, when it is made).
 *
 * @param shots the shots it covers; empty when it covers the whole storyboard
 * @param createdBy the display name of who made it
 * @param guestComments how many comments guests left through it
 */
public record ReviewLinkSummary(ReviewLinkId id, Set<ShotId> shots, boolean passwordProtected,
        boolean allowComments, String createdBy, Instant createdAt, Instant expiresAt, @Nullable Instant revokedAt,
        ReviewLinkState state, long guestComments) {

    public ReviewLinkSummary {
        shots = Set.copyOf(shots);
    }

    public boolean wholeStoryboard() {
        return shots.isEmpty();
    }
}
