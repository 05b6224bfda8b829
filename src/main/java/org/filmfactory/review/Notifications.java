package org.filmfactory.review;

import java.time.Clock;
import java.util.List;
import org.filmfactory.account.CurrentUser;
import org.filmfactory.collab.Subscription;
import org.filmfactory.platform.StudioMail;
import org.filmfactory.project.NotAllowed;
import org.filmfactory.project.Permission;
import org.filmfactory.review.internal.notify.NotificationSignal;
import org.filmfactory.review.internal.notify.NotificationStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The signed-in person's notification centre: mentions, replies in their threads, decisions on shots whose take
 * they made, people joining their projects. Everything here is the signed-in person's own: an id of someone else's
 * notification is refused like a forbidden action ({@link NotAllowed}) and changes nothing.
 */
@Service
@Transactional
public class Notifications {

    /** The most notifications one page returns. */
    public static final int MAX_PAGE = 100;

    private final CurrentUser currentUser;
    private final NotificationStore store;
    private final NotificationSignal signal;
    private final StudioMail mail;
    private final Clock clock;

    Notifications(CurrentUser currentUser, NotificationStore store, NotificationSignal signal, StudioMail mail,
            Clock clock) {
        this.currentUser = currentUser;
        this.store = store;
        this.signal = signal;
        this.mail = mail;
        this.clock = clock;
    }

    /** Notifications {@code offset} to {@code offset + limit - 1}, newest first. */
    @Transactional(readOnly = true)
    public List<Notification> mine(int offset, int limit) {
        return store.page(currentUser.requireId(), Math.max(0, offset), Math.clamp(limit, 0, MAX_PAGE));
    }

    @Transactional(readOnly = true)
    public int unreadCount() {
        return store.unread(currentUser.requireId());
    }

    /**
     * Marks one of the person's notifications read and returns it (to follow its link).
     *
     * @throws NotAllowed when it is not the signed-in person's
     */
    public Notification open(NotificationId id) {
        var me = currentUser.requireId();
        var opened = store.open(me, id, clock.instant());
        if (opened == null) {
            throw new NotAllowed(Permission.VIEW);
        }
        afterCommit(() -> signal.ring(me));
        return opened;
    }

    /** Marks all the person's notifications read; returns how many were unread. */
    public int markAllRead() {
        var me = currentUser.requireId();
        var count = store.readAll(me, clock.instant());
        afterCommit(() -> signal.ring(me));
        return count;
    }

    /** Whether notification e-mails can be sent at all (SMTP configured). */
    public boolean mailAvailable() {
        return mail.available();
    }

    /** Whether the person gets e-mails for mentions and decisions (on unless they turned it off). */
    @Transactional(readOnly = true)
    public boolean mailWanted() {
        return !store.mailOff(currentUser.requireId());
    }

    /** Turns the person's notification e-mails on or off; off also cancels the letter being collected. */
    public void wantMail(boolean wanted) {
        store.mailOff(currentUser.requireId(), !wanted);
    }

    /**
     * Calls {@code onChange} (on a cluster thread) whenever the signed-in person's notifications change, on any
     * node, until the subscription is closed; for the bell.
     */
    public Subscription follow(Runnable onChange) {
        return signal.listen(currentUser.requireId(), onChange);
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }
}
