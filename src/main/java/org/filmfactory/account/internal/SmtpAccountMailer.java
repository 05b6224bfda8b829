package org.filmfactory.account.internal;

import jakarta.mail.MessagingException;
import java.util.Locale;
import org.filmfactory.account.AccountSettings;
import org.filmfactory.platform.Translations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** {@link AccountMailer} over Spring's mail sender, which exists only when {@code spring.mail.host} is set. */
@Component
class SmtpAccountMailer implements AccountMailer {

    private static final Logger log = LoggerFactory.getLogger(SmtpAccountMailer.class);
    private final ObjectProvider<JavaMailSender> sender;
    private final Translations translations;
    private final AccountSettings settings;

    SmtpAccountMailer(ObjectProvider<JavaMailSender> sender, Translations translations, AccountSettings settings) {
        this.sender = sender;
        this.translations = translations;
        this.settings = settings;
    }

    @Override
    public boolean available() {
        return sender.getIfAvailable() != null;
    }

    @Override
    public void sendLater(String to, Locale locale, String key, Object... arguments) {
        var mail = sender.getIfAvailable();
        if (mail == null) {
            return;
        }
        var language = Translations.supported(locale);
        var subject = translations.translate(language, key + ".subject");
        var body = translations.translate(language, key + ".body", arguments);
        // Rare (a reset mail per account per minute at most): a virtual thread each is enough, no pool to size.
        Thread.ofVirtual().name("account-mail").start(() -> {
            try {
                var message = mail.createMimeMessage();
                var helper = new MimeMessageHelper(message, false, "UTF-8");
                helper.setFrom(settings.mailFrom());
                helper.setTo(to);
                helper.setSubject(subject);
                helper.setText(body);
                mail.send(message);
                log.info("Account e-mail {} sent", key);
            } catch (MessagingException | MailException e) {
                log.warn("Account e-mail {} could not be sent: {}", key, e.getMessage());
            }
        });
    }
}
