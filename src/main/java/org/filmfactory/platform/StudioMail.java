package org.filmfactory.platform;

import jakarta.mail.MessagingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * The studio's outgoing e-mail (invitations, password resets): plain UTF-8 text over Spring's mail sender, which
 * exists only when {@code spring.mail.host} is set. Without it nothing is sent and links are shared by hand.
 */
@Component
public class StudioMail {

    private static final Logger log = LoggerFactory.getLogger(StudioMail.class);
    private final ObjectProvider<JavaMailSender> sender;

    StudioMail(ObjectProvider<JavaMailSender> sender) {
        this.sender = sender;
    }

    /** Whether SMTP is configured. */
    public boolean available() {
        return sender.getIfAvailable() != null;
    }

    /**
     * Sends one letter now; {@code what} names it in the log (never the address or the text, which may hold a
     * secret link). A failure is logged and answered with false: the caller decides what the person is told.
     */
    public boolean send(String what, String from, String to, String subject, String body) {
        var mail = sender.getIfAvailable();
        if (mail == null) {
            return false;
        }
        try {
            var message = mail.createMimeMessage();
            var helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(from);
            helper.setTo(to);
            helper.setSubject(subject);
            helper.setText(body);
            mail.send(message);
            log.info("E-mail sent: {}", what);
            return true;
        } catch (MessagingException | MailException e) {
            log.warn("E-mail could not be sent ({}): {}", what, e.getMessage());
            return false;
        }
    }
}
