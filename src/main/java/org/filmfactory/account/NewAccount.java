package org.filmfactory.account;

import java.util.Locale;

/** What a person fills in to sign up. Checked by {@link Registration}, not here, so the form can keep bad input. */
public record NewAccount(String email, String displayName, String password, Locale locale) {
}
