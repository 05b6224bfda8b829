package org.filmfactory.review;

import java.time.Duration;
import java.util.Set;
import org.filmfactory.breakdown.ShotId;
import org.jspecify.annotations.Nullable;

/**
 * What an owner or director asks for when making a review link.
 *
 * @param shots the shots it covers; empty for the whole storyboard (shots added later included)
 * @param lifetime how long it opens, from now: at least {@link ReviewLinks#MIN_LIFETIME}, at most
 *     {@link ReviewLinks#MAX_LIFETIME}
 * @param password what guests must type before they see anything, or null for none
 * @param allowComments whether guests may comment
 */
public record NewReviewLink(Set<ShotId> shots, Duration lifetime, @Nullable String password, boolean allowComments) {

    public NewReviewLink {
        shots = Set.copyOf(shots);
    }
}
