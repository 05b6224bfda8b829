package org.filmfactory.project.internal;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.filmfactory.platform.StudioMail;
import org.filmfactory.platform.Translations;
import org.filmfactory.project.ProjectSettings;
import org.springframework.stereotype.Component;

/** {@link Mailer} over the studio's mail, which sends only when {@code spring.mail.host} is set. */
@Component
class SmtpMailer implements Mailer {

    private final StudioMail mail;
    private final Translations translations;
    private final ProjectSettings settings;

    SmtpMailer(StudioMail mail, Translations translations, ProjectSettings settings) {
        this.mail = mail;
        this.translations = translations;
        this.settings = settings;
    }

    @Override
    public boolean available() {
        return mail.available();
    }

    @Override
    public boolean send(InvitationLetter letter) {
        if (!mail.available()) {
            return false;
        }
        var locale = Translations.supported(letter.language());
        var role = translations.translate(locale, letter.role().key());
        var expires = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale)
                .withZone(ZoneOffset.UTC).format(letter.expiresAt()) + " UTC";
        return mail.send("invitation to " + letter.projectName(), settings.mailFrom(), letter.to(),
                translations.translate(locale, "invitation.mail.subject", letter.inviter(), letter.projectName()),
                translations.translate(locale, "invitation.mail.body", letter.inviter(), letter.projectName(), role,
                        letter.link(), expires));
    }
}
