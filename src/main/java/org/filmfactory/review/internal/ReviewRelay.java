package org.filmfactory.review.internal;

import org.filmfactory.collab.LiveUpdate;
import org.filmfactory.collab.ProjectFeed;
import org.filmfactory.project.ProjectId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Tells every node's open screens that review changed on a shot — after the commit, so they read the new state. */
@Component
public class ReviewRelay {

    private final ProjectFeed feed;

    ReviewRelay(ProjectFeed feed) {
        this.feed = feed;
    }

    /**
     * @param shotId the shot, or null for a comment on script lines
     * @param takeId the take the comment is on, or null
     * @param commentId the comment, or null for an approval
     */
    public void changed(ProjectId projectId, @Nullable Object shotId, @Nullable Object takeId,
            @Nullable Object commentId) {
        var update = new LiveUpdate.ReviewChanged(text(shotId), text(takeId), text(commentId));
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

    private static String text(@Nullable Object id) {
        return id == null ? "" : id.toString();
    }
}
