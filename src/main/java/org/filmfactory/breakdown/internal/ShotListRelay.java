package org.filmfactory.breakdown.internal;

import org.filmfactory.breakdown.ShotListChanged;
import org.filmfactory.collab.LiveUpdate;
import org.filmfactory.collab.ProjectFeed;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells every open screen of a project, on every node, that its shot list changed; after commit, so they see it.
 * Only screens follow it, and a lost one costs a stale screen until the next change, so it is a plain after-commit
 * listener, not a publication in the registry (issue 9): a re-derivation while people type must not add rows.
 */
@Component
class ShotListRelay {

    private final ProjectFeed feed;

    ShotListRelay(ProjectFeed feed) {
        this.feed = feed;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ShotListChanged event) {
        feed.publish(event.projectId(), new LiveUpdate.ShotListChanged());
    }
}
