package org.filmfactory.collab.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.shared.Registration;
import org.filmfactory.account.CurrentUser;
import org.filmfactory.collab.LiveFollower;
import org.filmfactory.collab.LiveUpdate;
import org.filmfactory.collab.Presence;
import org.filmfactory.project.PresenceAvatars;
import org.filmfactory.project.ProjectFollower;
import org.filmfactory.project.ProjectId;

/**
 * What collab lends the project screens: live refresh from the feed and the presence avatars, through the
 * extension points the project module defines (it may not depend on collab).
 */
@org.springframework.stereotype.Component
class CollabProjectLinks implements ProjectFollower, PresenceAvatars {

    private final LiveFollower follower;
    private final Presence presence;
    private final CurrentUser currentUser;

    CollabProjectLinks(LiveFollower follower, Presence presence, CurrentUser currentUser) {
        this.follower = follower;
        this.presence = presence;
        this.currentUser = currentUser;
    }

    @Override
    public Registration follow(Component component, ProjectId projectId, Runnable refresh) {
        return follower.follow(component, projectId, update -> {
            if (concernsTheProject(update)) {
                refresh.run();
            }
        });
    }

    @Override
    public void followAll(Component component, Runnable refresh) {
        follower.followAll(component, (projectId, update) -> {
            if (update instanceof LiveUpdate.CrewChanged || update instanceof LiveUpdate.ProjectChanged) {
                refresh.run();
            }
        });
    }

    @Override
    public Component avatars(ProjectId projectId, String place) {
        return new PresenceBar(projectId, place, presence, currentUser, follower);
    }

    private static boolean concernsTheProject(LiveUpdate update) {
        return switch (update) {
            case LiveUpdate.CrewChanged crew -> true;
            case LiveUpdate.ProjectChanged project -> true;
            case LiveUpdate.InvitationsChanged invitations -> true;
            default -> false;
        };
    }
}
