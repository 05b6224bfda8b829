package org.filmfactory.review.ui;

import com.vaadin.flow.component.Component;
import org.filmfactory.breakdown.Breakdowns;
import org.filmfactory.collab.LiveFollower;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ui.RoomPanel;
import org.filmfactory.review.ActivityFeed;

/** Puts "waiting for you" into every project's room. */
@org.springframework.stereotype.Component
class WaitingForMeRoomPanel implements RoomPanel {

    private final ActivityFeed feed;
    private final Breakdowns breakdowns;
    private final LiveFollower follower;

    WaitingForMeRoomPanel(ActivityFeed feed, Breakdowns breakdowns, LiveFollower follower) {
        this.feed = feed;
        this.breakdowns = breakdowns;
        this.follower = follower;
    }

    @Override
    public Component create(ProjectId projectId) {
        return new WaitingForMePanel(projectId, feed, breakdowns, follower);
    }
}
