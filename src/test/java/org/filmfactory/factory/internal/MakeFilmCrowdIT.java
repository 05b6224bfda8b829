package org.filmfactory.factory.internal;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.ArrayList;
import java.util.List;
import org.filmfactory.factory.Factory;
import org.filmfactory.factory.MakeOptions;
import org.filmfactory.factory.MakeRunId;
import org.filmfactory.factory.MakeState;
import org.filmfactory.factory.TakePolicy;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.render.Preset;
import org.filmfactory.render.RenderSpec;
import org.filmfactory.render.Rendering;
import org.filmfactory.screenplay.ScriptEditing;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.StudioTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

/**
 * More runs at once than the node has workers: a run mostly waits for the takes and the render it asked for, so if
 * the runs could take every worker, nothing would be left to make what they wait for and none would ever finish.
 */
@StudioTest
@TestPropertySource(properties = {"filmfactory.work.workers=2", "filmfactory.work.heavy-per-node=1"})
class MakeFilmCrowdIT {

    static final MakeOptions PREVIEW = new MakeOptions(TakePolicy.SELECTED, new RenderSpec(Preset.PREVIEW, false));

    @Autowired
    ApplicationContext context;
    @Autowired
    Factory factory;
    @Autowired
    ScriptEditing scripts;
    @Autowired
    Rendering rendering;

    @AfterEach
    void signOut() {
        Actors.signOut();
    }

    @Test
    void threeRunsOnANodeWithTwoWorkersAllFinish() {
        Actors.create(context, "Olga Owner").signIn();
        var projects = new ArrayList<ProjectId>();
        for (var name : List.of("Dawn", "Noon", "Dusk")) {
            var project = context.getBean(ProjectManagement.class).create(
                    new NewProject(name, "", ScriptLanguage.EN, new OutputFormat(360, 640, 30)));
            scripts.save(project, 0, "EXT. FIELD - DAY\n\nThe wind bends the grass at " + name.toLowerCase() + ".\n");
            projects.add(project);
        }
        var runs = new ArrayList<MakeRunId>();
        for (var project : projects) {
            runs.add(factory.makeFilm(project, PREVIEW));
        }

        for (int i = 0; i < projects.size(); i++) {
            var project = projects.get(i);
            var id = runs.get(i);
            var run = await().atMost(ofSeconds(420)).pollInSameThread()
                    .until(() -> factory.run(project, id).orElseThrow(), r -> r.state() != MakeState.RUNNING);
            assertThat(run.state()).as("%s %s", run.failureKey(), run.failureArgs()).isEqualTo(MakeState.DONE);
            assertThat(rendering.films(project)).extracting(film -> film.id()).containsExactly(run.film());
        }
    }
}
