package org.filmfactory.breakdown.internal;

import org.filmfactory.breakdown.ShotListChanged;
import org.filmfactory.collab.LiveUpdate;
import org.filmfactory.collab.ProjectFeed;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells every open screen of a project, on every node, that its shot list changed; right after commit, so they see
 * it. A plain transactional listener: a screen refresh is not recorded in the event publication registry.
 */
@Component
class ShotListRelay {

    private final ProjectFeed feed;

    ShotListRelay(ProjectFeed feed) {
        this.feed = feed;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(ShotListChanged event) {
        feed.publish(event.projectId(), new LiveUpdate.ShotListChanged());
    }
}
