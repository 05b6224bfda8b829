package org.filmfactory.review.internal.links;

import org.filmfactory.collab.LiveUpdate;
import org.filmfactory.collab.ProjectFeed;
import org.filmfactory.project.ProjectId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Tells every node's open screens about a guest's comment once it is committed (so they read it back, not less). */
@Component
public class LinkRelay {

    private final ProjectFeed feed;

    LinkRelay(ProjectFeed feed) {
        this.feed = feed;
    }

    public void changed(ProjectId projectId, LiveUpdate update) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    feed.publish(projectId, update);
                }
            });
        } else {
            feed.publish(projectId, update);
        }
    }
}
