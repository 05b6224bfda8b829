package org.filmfactory.take.internal;

import org.filmfactory.collab.LiveUpdate;
import org.filmfactory.collab.ProjectFeed;
import org.filmfactory.project.ProjectId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Tells every node's open screens that a shot's takes changed — after the commit, so they read the new state. */
@Component
public class TakesRelay {

    private final ProjectFeed feed;

    TakesRelay(ProjectFeed feed) {
        this.feed = feed;
    }

    public void changed(ProjectId projectId, String shotId) {
        var update = new LiveUpdate.TakesChanged(shotId);
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
