package org.filmfactory.account;

/** A person changed their name or language. Published inside the transaction that made the change. */
public record ProfileChanged(UserId userId) {
}
