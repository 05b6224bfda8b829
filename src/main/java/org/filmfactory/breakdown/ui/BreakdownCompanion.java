package org.filmfactory.breakdown.ui;

import com.vaadin.flow.component.Component;
import org.filmfactory.breakdown.Breakdowns;
import org.filmfactory.collab.LiveFollower;
import org.filmfactory.platform.Translations;
import org.filmfactory.project.ProjectId;
import org.filmfactory.screenplay.ui.ScriptCompanion;

/** Puts the breakdown beside the script, so writers see the scenes and shots their text turns into as they write. */
@org.springframework.stereotype.Component
class BreakdownCompanion implements ScriptCompanion {

    private final Breakdowns breakdowns;
    private final LiveFollower follower;
    private final Translations translations;

    BreakdownCompanion(Breakdowns breakdowns, LiveFollower follower, Translations translations) {
        this.breakdowns = breakdowns;
        this.follower = follower;
        this.translations = translations;
    }

    @Override
    public Component panelFor(ProjectId projectId) {
        return new BreakdownPanel(projectId, breakdowns, follower, translations);
    }
}
