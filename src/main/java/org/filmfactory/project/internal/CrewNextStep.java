package org.filmfactory.project.internal;

import java.util.Optional;
import org.filmfactory.project.NextStep;
import org.filmfactory.project.Permission;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectNavigation;
import org.filmfactory.project.ProjectRole;
import org.springframework.stereotype.Component;

/** The crew's step, done in the room itself: owners invite people; done once anyone else is on the crew. */
@Component
class CrewNextStep implements NextStep {

    private final Memberships memberships;

    CrewNextStep(Memberships memberships) {
        this.memberships = memberships;
    }

    @Override
    public int order() {
        return 15;
    }

    @Override
    public Optional<Suggestion> suggest(ProjectId projectId, ProjectRole role) {
        if (!role.allows(Permission.INVITE)) {
            return Optional.empty();
        }
        var state = memberships.countByProject(projectId.value()) > 1 ? State.DONE : State.TO_DO;
        return Optional.of(new Suggestion("crew.invite", ProjectNavigation.toRoom(projectId), state));
    }
}
