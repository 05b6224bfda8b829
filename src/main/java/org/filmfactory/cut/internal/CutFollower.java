package org.filmfactory.cut.internal;

import org.filmfactory.breakdown.ShotListChanged;
import org.filmfactory.project.NotAllowed;
import org.filmfactory.project.ProjectAccess;
import org.filmfactory.project.ProjectId;
import org.filmfactory.take.TakeGenerated;
import org.filmfactory.take.TakeSelected;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the cut in step with the shot list and the selected takes, after their transactions committed: a changed
 * shot list, a take selected, and a shot's first take (selected as it is stored, without a {@link TakeSelected}).
 * A project without a cut yet is left alone: its first cut is made from the shot list when someone opens it.
 */
@Component
class CutFollower {

    private final CuttingRoom room;
    private final ProjectAccess access;

    CutFollower(CuttingRoom room, ProjectAccess access) {
        this.room = room;
        this.access = access;
    }

    /**
     * The shot list changes with every breakdown of a new revision, about once a second while people type: a hint,
     * not recorded in the event publication registry (like the script's revisions); a lost one is made
     * good by the next change of the shot list or of its takes.
     */
    @org.springframework.scheduling.annotation.Async
    @org.springframework.transaction.event.TransactionalEventListener(fallbackExecution = true)
    @org.springframework.transaction.annotation.Transactional(
            propagation = org.springframework.transaction.annotation.Propagation.REQUIRES_NEW)
    void on(ShotListChanged event) {
        follow(event.projectId());
    }

    @ApplicationModuleListener
    void on(TakeSelected event) {
        follow(event.projectId());
    }

    @ApplicationModuleListener
    void on(TakeGenerated event) {
        follow(event.projectId());
    }

    private void follow(ProjectId project) {
        if (!room.exists(project)) {
            return;
        }
        try {
            // Nobody is signed in on a listener's thread; reading the shot list needs only a view of the project,
            // and what is read here is shown to nobody.
            access.asGuestViewer(project, () -> room.follow(project));
        } catch (NotAllowed deletedMeanwhile) {
            // The project (and with it its cut) was deleted after the event: nothing left to follow.
        }
    }
}
