package org.filmfactory.account.internal;

import java.util.Locale;

/**
 * Sends the account module's e-mails (password-reset links, notices of a changed sign-in e-mail). It reaches the
 * network only when the operator configured SMTP ({@code spring.mail.host}).
 */
public interface AccountMailer {

    boolean available();

    /**
     * Sends a letter in the background, so whether a mail went out cannot be told from how long the request took.
     * The text comes from {@code <key>.subject} and {@code <key>.body} in {@code locale}; a failure is logged.
     */
    void sendLater(String to, Locale locale, String key, Object... arguments);
}
