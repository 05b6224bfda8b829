package org.filmfactory.project.internal;

import jakarta.mail.MessagingException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.filmfactory.platform.Translations;
import org.filmfactory.project.ProjectSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** {@link Mailer} over Spring's mail sender, which exists only when {@code spring.mail.host} is set. */
@Component
class SmtpMailer implements Mailer {

    private static final Logger log = LoggerFactory.getLogger(SmtpMailer.class);
    private final ObjectProvider<JavaMailSender> sender;
    private final Translations translations;
    private final ProjectSettings settings;

    SmtpMailer(ObjectProvider<JavaMailSender> sender, Translations translations, ProjectSettings settings) {
        this.sender = sender;
        this.translations = translations;
        this.settings = settings;
    }

    @Override
    public boolean available() {
        return sender.getIfAvailable() != null;
    }

    @Override
    public boolean send(InvitationLetter letter) {
        var mail = sender.getIfAvailable();
        if (mail == null) {
            return false;
        }
        var locale = Translations.supported(letter.language());
        var role = translations.translate(locale, letter.role().key());
        var expires = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale)
                .withZone(ZoneOffset.UTC).format(letter.expiresAt()) + " UTC";
        try {
            var message = mail.createMimeMessage();
            var helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(settings.mailFrom());
            helper.setTo(letter.to());
            helper.setSubject(translations.translate(locale, "invitation.mail.subject", letter.inviter(),
                    letter.projectName()));
            helper.setText(translations.translate(locale, "invitation.mail.body", letter.inviter(),
                    letter.projectName(), role, letter.link(), expires));
            mail.send(message);
            log.info("Invitation e-mail sent for project {}", letter.projectName());
            return true;
        } catch (MessagingException | MailException e) {
            log.warn("Invitation e-mail could not be sent: {}", e.getMessage());
            return false;
        }
    }
}
