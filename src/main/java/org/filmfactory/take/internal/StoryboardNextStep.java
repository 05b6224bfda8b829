package org.filmfactory.take.internal;

import java.util.Optional;
import org.filmfactory.breakdown.Breakdowns;
import org.filmfactory.project.NextStep;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectRole;
import org.filmfactory.take.TakeNavigation;
import org.springframework.stereotype.Component;

/** The storyboard's step: pictures for every shot, once the breakdown has shots. */
@Component
class StoryboardNextStep implements NextStep {

    private final Breakdowns breakdowns;

    StoryboardNextStep(Breakdowns breakdowns) {
        this.breakdowns = breakdowns;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Optional<Suggestion> suggest(ProjectId projectId, ProjectRole role) {
        boolean shots = breakdowns.summary(projectId).shots() > 0;
        return Optional.of(new Suggestion("storyboard.look", TakeNavigation.toStoryboard(projectId),
                shots ? State.TO_DO : State.LATER));
    }
}
