package org.filmfactory.screenplay.internal;

import java.time.Clock;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.screenplay.ScreenplayRevised;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A revised script is a change to its project: the project list's "last change" follows the writing. */
@Component
class ProjectChangeNotes {

    private final ProjectManagement projects;
    private final Clock clock;

    ProjectChangeNotes(ProjectManagement projects, Clock clock) {
        this.projects = projects;
        this.clock = clock;
    }

    /** In the transaction that stores the revision: one small update of the project row. */
    @EventListener
    void on(ScreenplayRevised event) {
        projects.noteChange(event.projectId(), clock.instant());
    }
}
