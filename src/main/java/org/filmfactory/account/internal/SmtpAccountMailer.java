package org.filmfactory.account.internal;

import java.util.Locale;
import org.filmfactory.account.AccountSettings;
import org.filmfactory.platform.StudioMail;
import org.filmfactory.platform.Translations;
import org.springframework.stereotype.Component;

/** {@link AccountMailer} over the studio's mail, which sends only when {@code spring.mail.host} is set. */
@Component
class SmtpAccountMailer implements AccountMailer {

    private final StudioMail mail;
    private final Translations translations;
    private final AccountSettings settings;

    SmtpAccountMailer(StudioMail mail, Translations translations, AccountSettings settings) {
        this.mail = mail;
        this.translations = translations;
        this.settings = settings;
    }

    @Override
    public boolean available() {
        return mail.available();
    }

    @Override
    public void sendLater(String to, Locale locale, String key, Object... arguments) {
        if (!mail.available()) {
            return;
        }
        var language = Translations.supported(locale);
        var subject = translations.translate(language, key + ".subject");
        var body = translations.translate(language, key + ".body", arguments);
        // Rare (a reset mail per account per minute at most): a virtual thread each is enough, no pool to size.
        Thread.ofVirtual().name("account-mail").start(() -> mail.send(key, settings.mailFrom(), to, subject, body));
    }
}
