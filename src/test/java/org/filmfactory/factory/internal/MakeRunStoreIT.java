package org.filmfactory.factory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.filmfactory.factory.MakeOptions;
import org.filmfactory.factory.MakeRun;
import org.filmfactory.factory.MakeRunId;
import org.filmfactory.factory.MakeStage;
import org.filmfactory.factory.MakeState;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.StudioTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DuplicateKeyException;

/**
 * The database, not a check before the insert, keeps a project to one running Make film run: two presses at the
 * same moment on two nodes both pass the check, and only one of their rows may be stored.
 */
@StudioTest
class MakeRunStoreIT {

    @Autowired
    ApplicationContext context;
    @Autowired
    MakeRunStore store;

    @AfterEach
    void signOut() {
        Actors.signOut();
    }

    @Test
    void aSecondRunningRunOfTheSameProjectIsRefusedByTheDatabaseAndAFinishedOneMakesRoom() {
        var owner = Actors.create(context, "Olga Owner").signIn();
        var project = context.getBean(ProjectManagement.class).create(
                new NewProject("Tea", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
        var other = context.getBean(ProjectManagement.class).create(
                new NewProject("Rain", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));

        var first = running(project);
        store.add(first, owner.id().value());
        assertThatThrownBy(() -> store.add(running(project), owner.id().value()))
                .isInstanceOf(DuplicateKeyException.class);
        store.add(running(other), owner.id().value());

        var now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        store.failed(first.id().value(), MakeState.FAILED, null, "factory.make.error.unexpected", List.of(), now);
        var next = running(project);
        store.add(next, owner.id().value());
        // The failed one cannot be resumed while the next one runs.
        assertThatThrownBy(() -> store.resumed(first.id().value(), now)).isInstanceOf(DuplicateKeyException.class);
        assertThat(store.running(project).orElseThrow().run().id()).isEqualTo(next.id());
    }

    private static MakeRun running(ProjectId project) {
        return new MakeRun(MakeRunId.random(), project, MakeOptions.DEFAULT, MakeState.RUNNING, MakeStage.BREAKDOWN,
                0, null, null, null, null, List.of(), "Olga Owner", Instant.now().truncatedTo(ChronoUnit.MICROS),
                null);
    }
}
