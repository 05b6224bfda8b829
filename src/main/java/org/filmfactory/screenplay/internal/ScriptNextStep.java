package org.filmfactory.screenplay.internal;

import java.util.Optional;
import org.filmfactory.project.NextStep;
import org.filmfactory.project.Permission;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectRole;
import org.filmfactory.screenplay.ScreenplayNavigation;
import org.filmfactory.screenplay.ScriptEditing;
import org.springframework.stereotype.Component;

/** The script's step in a new project: writers write it (done once there is text), everyone else reads it. */
@Component
class ScriptNextStep implements NextStep {

    private final ScriptEditing editing;

    ScriptNextStep(ScriptEditing editing) {
        this.editing = editing;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Suggestion> suggest(ProjectId projectId, ProjectRole role) {
        boolean written = !editing.open(projectId).text().isBlank();
        var path = ScreenplayNavigation.toScript(projectId);
        if (role.allows(Permission.EDIT_SCRIPT)) {
            return Optional.of(new Suggestion("script.write", path, written ? State.DONE : State.TO_DO));
        }
        return Optional.of(new Suggestion("script.read", path, written ? State.TO_DO : State.LATER));
    }
}
