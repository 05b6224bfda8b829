package org.filmfactory.collab.internal;

import org.filmfactory.account.ProfileChanged;
import org.filmfactory.collab.LiveUpdate;
import org.filmfactory.collab.ProjectFeed;
import org.filmfactory.project.InvitationIssued;
import org.filmfactory.project.InvitationRevoked;
import org.filmfactory.project.MemberJoined;
import org.filmfactory.project.MemberRemoved;
import org.filmfactory.project.MemberRoleChanged;
import org.filmfactory.project.ProjectArchived;
import org.filmfactory.project.ProjectDeleted;
import org.filmfactory.project.ProjectRenamed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns committed changes to projects and crews into live updates for every node. Runs after commit, so a screen
 * that re-reads on the update sees the new state.
 */
@Component
class CrewRelay {

    private final ProjectFeed feed;

    CrewRelay(ProjectFeed feed) {
        this.feed = feed;
    }

    @ApplicationModuleListener
    void on(MemberJoined event) {
        feed.publish(event.projectId(), LiveUpdate.of(LiveUpdate.CREW, event.userId()));
    }

    @ApplicationModuleListener
    void on(MemberRoleChanged event) {
        feed.publish(event.projectId(), LiveUpdate.of(LiveUpdate.CREW, event.userId()));
    }

    @ApplicationModuleListener
    void on(MemberRemoved event) {
        feed.publish(event.projectId(), LiveUpdate.of(LiveUpdate.CREW, event.userId()));
    }

    @ApplicationModuleListener
    void on(ProfileChanged event) {
        feed.broadcast(LiveUpdate.of(LiveUpdate.CREW, event.userId()));
    }

    @ApplicationModuleListener
    void on(ProjectRenamed event) {
        feed.publish(event.projectId(), LiveUpdate.of(LiveUpdate.PROJECT, "renamed"));
    }

    @ApplicationModuleListener
    void on(ProjectArchived event) {
        feed.publish(event.projectId(), LiveUpdate.of(LiveUpdate.PROJECT, event.archived() ? "archived" : "restored"));
    }

    @ApplicationModuleListener
    void on(ProjectDeleted event) {
        feed.publish(event.projectId(), LiveUpdate.of(LiveUpdate.PROJECT, "deleted"));
    }

    @ApplicationModuleListener
    void on(InvitationIssued event) {
        feed.publish(event.projectId(), LiveUpdate.of(LiveUpdate.INVITATIONS, event.invitationId()));
    }

    @ApplicationModuleListener
    void on(InvitationRevoked event) {
        feed.publish(event.projectId(), LiveUpdate.of(LiveUpdate.INVITATIONS, event.invitationId()));
    }
}
