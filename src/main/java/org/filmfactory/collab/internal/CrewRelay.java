package org.filmfactory.collab.internal;

import org.filmfactory.account.ProfileChanged;
import org.filmfactory.collab.LiveUpdate;
import org.filmfactory.collab.LiveUpdate.ProjectChanged.Change;
import org.filmfactory.collab.ProjectFeed;
import org.filmfactory.project.InvitationIssued;
import org.filmfactory.project.InvitationRevoked;
import org.filmfactory.project.MemberJoined;
import org.filmfactory.project.MemberRemoved;
import org.filmfactory.project.MemberRoleChanged;
import org.filmfactory.project.ProjectArchived;
import org.filmfactory.project.ProjectDeleted;
import org.filmfactory.project.ProjectRenamed;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Turns committed changes to projects and crews into live updates for every node. Runs right after the commit, on
 * the committing thread, so a screen that re-reads on the update sees the new state. These are plain transactional
 * listeners, not {@code @ApplicationModuleListener}s: a screen refresh is not a business consequence, so it is not
 * recorded in the event publication registry nor sent through its asynchronous executor (which roughly doubled
 * the time a crew change took to reach another node's browser). A refresh lost with a crashing node is harmless.
 */
@Component
class CrewRelay {

    private final ProjectFeed feed;

    CrewRelay(ProjectFeed feed) {
        this.feed = feed;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(MemberJoined event) {
        feed.publish(event.projectId(), new LiveUpdate.CrewChanged(event.userId().toString()));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(MemberRoleChanged event) {
        feed.publish(event.projectId(), new LiveUpdate.CrewChanged(event.userId().toString()));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(MemberRemoved event) {
        feed.publish(event.projectId(), new LiveUpdate.CrewChanged(event.userId().toString()));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(ProfileChanged event) {
        feed.broadcast(new LiveUpdate.CrewChanged(event.userId().toString()));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(ProjectRenamed event) {
        feed.publish(event.projectId(), new LiveUpdate.ProjectChanged(Change.RENAMED));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(ProjectArchived event) {
        feed.publish(event.projectId(), new LiveUpdate.ProjectChanged(event.archived() ? Change.ARCHIVED : Change.RESTORED));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(ProjectDeleted event) {
        feed.publish(event.projectId(), new LiveUpdate.ProjectChanged(Change.DELETED));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(InvitationIssued event) {
        feed.publish(event.projectId(), new LiveUpdate.InvitationsChanged(event.invitationId().toString()));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(InvitationRevoked event) {
        feed.publish(event.projectId(), new LiveUpdate.InvitationsChanged(event.invitationId().toString()));
    }
}
