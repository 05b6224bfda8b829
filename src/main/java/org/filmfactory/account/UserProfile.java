package org.filmfactory.account;

import java.util.Locale;

/** What other members see of a person, and the language to write to them in. */
public record UserProfile(UserId id, String email, String displayName, Locale locale) {
}
