package org.filmfactory.project.internal;

/**
 * Sends invitation e-mails. The only way the project module reaches the network, and only when the operator
 * configured SMTP ({@code spring.mail.host}).
 */
public interface Mailer {

    /** Whether e-mail is configured at all; without it links are shared by hand. */
    boolean available();

    /** Sends the letter; false (and logged) when the mail server refused or could not be reached. */
    boolean send(InvitationLetter letter);
}
