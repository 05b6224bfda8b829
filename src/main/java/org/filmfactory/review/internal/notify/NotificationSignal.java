package org.filmfactory.review.internal.notify;

import org.filmfactory.account.UserId;
import org.filmfactory.collab.Subscription;

/**
 * "Your notifications changed" for one person, on every node: what moves their bell live wherever they are signed
 * in. Fire-and-forget; the store stays the only record.
 */
public interface NotificationSignal {

    /** Tells every node that the person's notifications changed. */
    void ring(UserId user);

    /** Hears rings for one person on this node until the subscription is closed. */
    Subscription listen(UserId user, Runnable listener);
}
