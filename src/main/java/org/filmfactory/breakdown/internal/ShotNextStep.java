package org.filmfactory.breakdown.internal;

import java.util.Optional;
import org.filmfactory.breakdown.BreakdownNavigation;
import org.filmfactory.project.NextStep;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectRole;
import org.filmfactory.screenplay.ScriptEditing;
import org.springframework.stereotype.Component;

/** The shot list's step: for everyone, once there is a script to draw shots from. */
@Component
class ShotNextStep implements NextStep {

    private final ScriptEditing editing;

    ShotNextStep(ScriptEditing editing) {
        this.editing = editing;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Optional<Suggestion> suggest(ProjectId projectId, ProjectRole role) {
        boolean written = !editing.open(projectId).text().isBlank();
        return Optional.of(new Suggestion("shots.look", BreakdownNavigation.toShotList(projectId),
                written ? State.TO_DO : State.LATER));
    }
}
