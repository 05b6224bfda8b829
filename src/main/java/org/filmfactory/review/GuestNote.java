package org.filmfactory.review;

import java.time.Instant;
import org.filmfactory.breakdown.ShotId;

/**
 * A comment a guest left through a review link, as the crew's list of links shows it.
 *
 * @param excerpt the comment's first characters as posted
 */
public record GuestNote(ReviewLinkId link, ShotId shotId, String guestName, String excerpt, Instant posted) {
}
