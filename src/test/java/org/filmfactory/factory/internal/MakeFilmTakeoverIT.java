package org.filmfactory.factory.internal;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.filmfactory.breakdown.Breakdowns;
import org.filmfactory.factory.Factory;
import org.filmfactory.factory.FilmMade;
import org.filmfactory.factory.MakeOptions;
import org.filmfactory.factory.MakeStage;
import org.filmfactory.factory.MakeState;
import org.filmfactory.factory.TakePolicy;
import org.filmfactory.platform.JobId;
import org.filmfactory.platform.JobRequest;
import org.filmfactory.platform.JobState;
import org.filmfactory.platform.UserMessage;
import org.filmfactory.platform.WorkQueue;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.render.Preset;
import org.filmfactory.render.RenderSpec;
import org.filmfactory.screenplay.ScriptEditing;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.StudioNodes;
import org.filmfactory.testsupport.StudioProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A run whose node is killed (SIGKILL) while its render runs: node-1's workers are held by gate jobs while the
 * run starts, so its job, its takes and its render all run on node-2, a process of its own; node-2 dies; node-1 takes
 * the run's job over and finishes it — one film, announced once.
 */
class MakeFilmTakeoverIT {

    static final String SCRIPT = """
            INT. POST OFFICE - NIGHT

            An old clerk, TOMAS, locks the counter drawer.

            MAYA
            One letter. It has to go tonight.

            EXT. HARBOUR ROAD - NIGHT

            The rain stops all at once.
            """;
    static final MakeOptions PREVIEW = new MakeOptions(TakePolicy.SELECTED, new RenderSpec(Preset.PREVIEW, true));

    @TempDir
    Path folder;

    StudioNodes nodes;
    StudioProcess second;

    @AfterEach
    void stop() {
        Actors.signOut();
        if (second != null) {
            second.close();
        }
        if (nodes != null) {
            nodes.close();
        }
    }

    @Test
    void aRunWhoseNodeIsKilledIsFinishedOnceByTheSurvivor() {
        var args = new String[] {"--filmfactory.test.jobs=true", "--filmfactory.work.workers=2",
                "--filmfactory.work.heavy-per-node=1"};
        nodes = new StudioNodes(1, StudioNodes.newSharedDatabase(folder)).start(args);
        var node = nodes.node(0);
        var made = new CopyOnWriteArrayList<FilmMade>();
        ApplicationListener<ApplicationEvent> heard = event -> {
            if (event instanceof PayloadApplicationEvent<?> payload && payload.getPayload() instanceof FilmMade film) {
                made.add(film);
            }
        };
        node.addApplicationListener(heard);
        Actors.create(node, "Olga Owner").signIn();
        var project = node.getBean(ProjectManagement.class).create(
                new NewProject("Harbour", "", ScriptLanguage.EN, new OutputFormat(360, 640, 30)));
        long revision = node.getBean(ScriptEditing.class).save(project, 0, SCRIPT).revision();
        var breakdowns = node.getBean(Breakdowns.class);
        await().pollInSameThread().atMost(ofSeconds(20))
                .until(() -> breakdowns.shotList(project), s -> s.scriptRevision() == revision);

        // Hold node-1's workers, so the run, its takes and its render can only start on node-2.
        var queue = node.getBean(WorkQueue.class);
        var gates = List.of(gate(queue, project), gate(queue, project));
        await().atMost(ofSeconds(30)).until(() -> gates.stream()
                .allMatch(id -> queue.status(id).orElseThrow().state() == JobState.RUNNING));
        second = StudioProcess.start(nodes, "node-2", args);

        var factory = node.getBean(Factory.class);
        var id = factory.makeFilm(project, PREVIEW);
        var job = new JobId(node.getBean(MakeRunStore.class).find(id.value()).orElseThrow().job());
        // Killed while its render runs on node-2 too.
        var runs = node.getBean(MakeRunStore.class);
        var render = await().atMost(ofSeconds(400)).pollInSameThread().pollInterval(java.time.Duration.ofMillis(50))
                .until(() -> {
                    var asked = runs.find(id.value()).orElseThrow().renderJob();
                    return asked == null ? null : queue.status(new JobId(asked)).orElseThrow();
                }, status -> status != null && status.state() == JobState.RUNNING);
        assertThat(List.of(String.valueOf(queue.status(job).orElseThrow().node()), String.valueOf(render.node())))
                .containsExactly("node-2", "node-2");
        assertThat(factory.run(project, id).orElseThrow().state()).as("still running when node-2 dies")
                .isEqualTo(MakeState.RUNNING);

        nodes.awaitSafe();
        second.kill();
        gates.forEach(queue::cancel);

        var run = await().atMost(ofSeconds(400)).pollInSameThread()
                .until(() -> factory.run(project, id).orElseThrow(), r -> r.state() != MakeState.RUNNING);
        assertThat(List.<Object>of(run.state(), run.stage(), run.progress()))
                .as("%s %s", run.failureKey(), run.failureArgs())
                .containsExactly(MakeState.DONE, MakeStage.RENDER, 1.0);
        var status = queue.status(job).orElseThrow();
        assertThat(List.<Object>of(status.state(), String.valueOf(status.node()), status.attempt()))
                .containsExactly(JobState.DONE, "node-1", 2);
        var films = node.getBean(JdbcClient.class).sql("select id from render_film where project_id = ?")
                .param(project.value()).query(java.util.UUID.class).list();
        assertThat(films).containsExactly(run.film().value());
        await().atMost(ofSeconds(10)).untilAsserted(() -> assertThat(made)
                .containsExactly(new FilmMade(project, id, run.film())));
    }

    private static JobId gate(WorkQueue queue, ProjectId project) {
        return queue.submit(new JobRequest("test.gate", "gates-" + project, UserMessage.of("test.title", "gate"),
                "hold", JobRequest.NORMAL, false, null));
    }
}
