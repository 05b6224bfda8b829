package org.filmfactory.review;

/**
 * A guest let in through a link: made only by {@link ReviewLinks#enter} once the name (and the password, if any) was
 * given, and kept in the guest's browser session alone. Every use checks the link again, so a pass stops working the
 * moment its link expires or is revoked.
 *
 * @param token the link's secret, as in its address
 * @param name the guest's name, as given
 */
public record GuestPass(String token, ReviewLinkId linkId, String name) {
}
