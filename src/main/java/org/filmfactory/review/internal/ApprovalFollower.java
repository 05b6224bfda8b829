package org.filmfactory.review.internal;

import java.util.List;
import org.filmfactory.breakdown.ShotId;
import org.filmfactory.project.ProjectId;
import org.filmfactory.take.TakeGenerated;
import org.filmfactory.take.TakeGeneration;
import org.filmfactory.take.TakeSelected;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Moves a shot into review when it gets a selected take, and back into review when another take is selected after a
 * decision. Both events are answered with the shot's selection as it is now (not as the event says), so events that
 * arrive out of order still leave the right take under review.
 */
@Component
class ApprovalFollower {

    private final TakeGeneration takes;
    private final ReviewStore store;
    private final ReviewRelay relay;

    ApprovalFollower(TakeGeneration takes, ReviewStore store, ReviewRelay relay) {
        this.takes = takes;
        this.store = store;
        this.relay = relay;
    }

    /**
     * A shot's first take is selected as it is stored. A later take is not (until someone selects it, which comes as
     * {@link TakeSelected}): answering its event with the selection as read here could race with that selection's own
     * event and leave the older take under review.
     */
    @ApplicationModuleListener
    void on(TakeGenerated generated) {
        var selected = takes.selectedTakes(generated.projectId(), List.of(generated.shotId())).get(generated.shotId());
        if (generated.takeId().equals(selected)) {
            follow(generated.projectId(), generated.shotId());
        }
    }

    @ApplicationModuleListener
    void on(TakeSelected selected) {
        follow(selected.projectId(), selected.shotId());
    }

    private void follow(ProjectId projectId, ShotId shotId) {
        var selected = takes.selectedTakes(projectId, List.of(shotId)).get(shotId);
        if (selected == null) {
            return;
        }
        store.follow(projectId.value(), shotId.value(), selected.value())
                .ifPresent(changed -> relay.changed(projectId, shotId, selected, null));
    }
}
