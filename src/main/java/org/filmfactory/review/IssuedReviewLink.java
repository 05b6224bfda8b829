package org.filmfactory.review;

/**
 * A review link just made.
 *
 * @param path where guests open it, relative to the studio's root ({@code review/<secret>}); the only time the secret
 *     is known: the studio keeps only its hash
 */
public record IssuedReviewLink(ReviewLinkSummary link, String path) {
}
