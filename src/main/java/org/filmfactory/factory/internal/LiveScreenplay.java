package org.filmfactory.factory.internal;

import org.filmfactory.project.ProjectId;
import org.filmfactory.render.ScreenplaySource;
import org.filmfactory.screenplay.ScriptEditing;
import org.springframework.stereotype.Component;

/** Gives render the live script's text (its title page names a film's publishing package). */
@Component
class LiveScreenplay implements ScreenplaySource {

    private final ScriptEditing editing;

    LiveScreenplay(ScriptEditing editing) {
        this.editing = editing;
    }

    @Override
    public String text(ProjectId project) {
        return editing.open(project).text();
    }
}
