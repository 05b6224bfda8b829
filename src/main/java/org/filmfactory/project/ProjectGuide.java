package org.filmfactory.project;

import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a member of a project might do next, for the project's room: the {@link NextStep}s of every module for the
 * member's role, the crew's own among them (owners invite people). Every member may ask, about themself.
 */
@Service
@Transactional(readOnly = true)
public class ProjectGuide {

    private final ProjectAccess access;
    private final List<NextStep> steps;

    ProjectGuide(ProjectAccess access, List<NextStep> steps) {
        this.access = access;
        this.steps = steps;
    }

    /** The next steps for the signed-in person in this project, in the order of work on a film. */
    public List<NextStep.Suggestion> nextSteps(ProjectId projectId) {
        var role = access.require(projectId, Permission.VIEW);
        return steps.stream().sorted(Comparator.comparingInt(NextStep::order))
                .flatMap(step -> step.suggest(projectId, role).stream()).toList();
    }
}
