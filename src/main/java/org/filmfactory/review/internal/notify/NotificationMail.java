package org.filmfactory.review.internal.notify;

import java.time.Clock;
import java.util.stream.Collectors;
import org.filmfactory.account.UnknownUser;
import org.filmfactory.account.UserDirectory;
import org.filmfactory.account.UserId;
import org.filmfactory.account.UserProfile;
import org.filmfactory.platform.StudioMail;
import org.filmfactory.platform.Translations;
import org.filmfactory.project.ProjectSettings;
import org.filmfactory.review.Notification;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends notification e-mails in batches: a person's letter collects items for {@code filmfactory.notify.mail-delay}
 * after the first one and then goes out as ONE letter with everything new, in their language. Each node sweeps;
 * a batch is sent while its person's setting row is locked and marked sent in the same transaction, so another
 * node finds nothing left to send. A letter that fails stays waiting and is tried again after the delay.
 */
@Component
class NotificationMail {

    private static final Logger log = LoggerFactory.getLogger(NotificationMail.class);

    private final NotificationStore store;
    private final StudioMail mail;
    private final UserDirectory directory;
    private final Translations translations;
    private final ProjectSettings project;
    private final NotifySettings settings;
    private final TransactionTemplate transactions;
    private final Clock clock;

    NotificationMail(NotificationStore store, StudioMail mail, UserDirectory directory, Translations translations,
            ProjectSettings project, NotifySettings settings, TransactionTemplate transactions, Clock clock) {
        this.store = store;
        this.mail = mail;
        this.directory = directory;
        this.translations = translations;
        this.project = project;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${filmfactory.notify.mail-sweep:10s}",
            initialDelayString = "${filmfactory.notify.mail-sweep:10s}")
    void sweep() {
        if (!mail.available()) {
            return;
        }
        var now = clock.instant();
        for (var user : store.batchesDue(now.minus(settings.mailDelay()))) {
            try {
                transactions.executeWithoutResult(status -> sendBatch(user));
            } catch (RuntimeException e) {
                log.warn("Notification e-mail batch failed; it stays waiting", e);
            }
        }
    }

    private void sendBatch(UserId user) {
        var now = clock.instant();
        switch (store.lockForMail(user, now)) {
            case OFF -> store.dropPending(user);
            case LATER -> {
            }
            case OPEN -> {
                var items = store.pending(user);
                if (items.isEmpty()) {
                    return;
                }
                var profile = profileOf(user);
                if (profile == null) {
                    store.dropPending(user);
                    return;
                }
                var locale = Translations.supported(profile.locale());
                var subject = translations.translate(locale, "notify.mail.subject", items.size());
                var body = new StringBuilder(translations.translate(locale, "notify.mail.greeting",
                        profile.displayName())).append("\n\n");
                for (var item : items) {
                    body.append("• ").append(translations.translate(locale, item.key(), item.arguments().toArray()))
                            .append('\n').append("  ").append(project.publicUrl().resolve(item.link())).append("\n\n");
                }
                body.append(translations.translate(locale, "notify.mail.footer"));
                if (mail.send("notifications (" + items.size() + ")", project.mailFrom(), profile.email(), subject,
                        body.toString())) {
                    store.mailed(user, items.stream().map(Notification::id).collect(Collectors.toList()));
                } else {
                    store.retryAt(user, now.plus(settings.mailDelay()));
                }
            }
        }
    }

    private @Nullable UserProfile profileOf(UserId user) {
        try {
            return directory.profile(user);
        } catch (UnknownUser gone) {
            return null;
        }
    }
}
