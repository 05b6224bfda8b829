package org.filmfactory.project.internal;

import java.time.Instant;
import java.util.Locale;
import org.filmfactory.project.ProjectRole;

/** An invitation e-mail's content, before it is put into words in the invitee's language. */
public record InvitationLetter(String to, Locale language, String inviter, String projectName, ProjectRole role,
        String link, Instant expiresAt) {
}
