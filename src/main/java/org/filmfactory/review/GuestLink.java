package org.filmfactory.review;

import java.time.Instant;

/**
 * What a guest learns from an open link before giving a name: the project's name, whether a password is needed and
 * whether comments are allowed.
 */
public record GuestLink(String projectName, boolean passwordRequired, boolean allowComments, Instant expiresAt) {
}
