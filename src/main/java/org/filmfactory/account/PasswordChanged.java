package org.filmfactory.account;

import org.jspecify.annotations.Nullable;

/**
 * A person's password changed (by themself or through a reset link). Published inside the transaction.
 *
 * @param keptSession the HTTP session id that made the change and stays signed in, or null when none does
 */
public record PasswordChanged(UserId userId, @Nullable String keptSession) {
}
