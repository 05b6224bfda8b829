package org.filmfactory.breakdown.internal;

import org.filmfactory.breakdown.ShotListChanged;
import org.filmfactory.collab.LiveUpdate;
import org.filmfactory.collab.ProjectFeed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells every open screen of a project, on every node, that its shot list changed; after commit, so they see it. */
@Component
class ShotListRelay {

    private final ProjectFeed feed;

    ShotListRelay(ProjectFeed feed) {
        this.feed = feed;
    }

    @ApplicationModuleListener
    void on(ShotListChanged event) {
        feed.publish(event.projectId(), LiveUpdate.of(ShotListChanged.LIVE_KIND, ""));
    }
}
