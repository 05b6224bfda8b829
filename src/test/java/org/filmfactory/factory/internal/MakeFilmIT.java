package org.filmfactory.factory.internal;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.filmfactory.breakdown.Breakdowns;
import org.filmfactory.cut.Cuts;
import org.filmfactory.factory.Factory;
import org.filmfactory.factory.FilmMade;
import org.filmfactory.factory.MakeOptions;
import org.filmfactory.factory.MakeRun;
import org.filmfactory.factory.MakeRunId;
import org.filmfactory.factory.MakeStage;
import org.filmfactory.factory.MakeState;
import org.filmfactory.factory.NothingToFilm;
import org.filmfactory.factory.TakePolicy;
import org.filmfactory.platform.JobState;
import org.filmfactory.platform.MediaProbe;
import org.filmfactory.platform.MediaStore;
import org.filmfactory.platform.WorkQueue;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.NotAllowed;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ProjectRole;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.render.Preset;
import org.filmfactory.render.RenderSpec;
import org.filmfactory.render.Rendering;
import org.filmfactory.review.Reviews;
import org.filmfactory.screenplay.ScriptEditing;
import org.filmfactory.take.ShotState;
import org.filmfactory.take.TakeGeneration;
import org.filmfactory.take.TakeId;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.Actors.Actor;
import org.filmfactory.testsupport.StudioTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * "Make film" on one node with the real generator, voices, score and render: every stage run and the film made,
 * probed and announced; a second run after a one-line change making again only that shot's take, its voice and the
 * segments that show it; approvals respected (the run stops naming the shot, and a retry resumes); only those who may
 * render starting a run, and ids of other projects refused.
 */
@StudioTest
class MakeFilmIT {

    static final String SCRIPT = """
            INT. POST OFFICE - NIGHT

            An old clerk, TOMAS, locks the counter drawer.

            MAYA
            One letter. It has to go tonight.

            EXT. HARBOUR ROAD - NIGHT

            The rain stops all at once.
            """;
    /** The same script with one line changed (same length, same words count: the shot keeps its length). */
    static final String CHANGED = SCRIPT.replace("One letter.", "One parcel.");
    static final MakeOptions PREVIEW = new MakeOptions(TakePolicy.SELECTED, new RenderSpec(Preset.PREVIEW, true));
    static final OutputFormat FORMAT = new OutputFormat(360, 640, 30);

    @Autowired
    ApplicationContext context;
    @Autowired
    Factory factory;
    @Autowired
    Rendering rendering;
    @Autowired
    TakeGeneration takes;
    @Autowired
    Breakdowns breakdowns;
    @Autowired
    ScriptEditing scripts;
    @Autowired
    Reviews reviews;
    @Autowired
    Cuts cuts;
    @Autowired
    WorkQueue queue;
    @Autowired
    MediaStore media;
    @Autowired
    MediaProbe probe;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Heard heard;
    @TempDir
    Path folder;

    Actor owner;
    Actor writer;
    Actor editor;
    Actor viewer;
    Actor director;
    ProjectId project;
    long revision;

    @TestConfiguration
    static class Listening {
        @Bean
        Heard heard() {
            return new Heard();
        }
    }

    /** The films made, as any module would hear them. */
    static class Heard {
        final List<FilmMade> made = new CopyOnWriteArrayList<>();

        @EventListener
        void on(FilmMade event) {
            made.add(event);
        }
    }

    @BeforeEach
    void projectAndScript() {
        heard.made.clear();
        owner = Actors.create(context, "Olga Owner").signIn();
        project = context.getBean(ProjectManagement.class).create(
                new NewProject("Rain City", "", ScriptLanguage.EN, FORMAT));
        writer = owner.bringOnto(project, ProjectRole.WRITER, "Wang Writer");
        editor = owner.bringOnto(project, ProjectRole.EDITOR, "Edda Editor");
        viewer = owner.bringOnto(project, ProjectRole.VIEWER, "Vera Viewer");
        director = owner.bringOnto(project, ProjectRole.DIRECTOR, "Dario Director");
        writer.signIn();
        revision = scripts.save(project, 0, SCRIPT).revision();
        owner.signIn();
    }

    @AfterEach
    void signOut() {
        Actors.signOut();
    }

    private MakeRun finished(MakeRunId run) {
        return await().atMost(ofSeconds(600)).pollInSameThread()
                .until(() -> factory.run(project, run).orElseThrow(), r -> r.state() != MakeState.RUNNING);
    }

    private int jobs(String kind) {
        return (int) queue.jobs(project.toString(), 500).stream().filter(job -> job.kind().equals(kind)).count();
    }

    private int voices() {
        return jdbc.sql("select count(*) from cut_voice_line where project_id = ?").param(project.value())
                .query(Integer.class).single();
    }

    private int[] segments(MakeRun run) {
        return jdbc.sql("select segments_rendered, segments_reused from render_film where id = ?")
                .param(run.film().value())
                .query((row, i) -> new int[] {row.getInt(1), row.getInt(2)}).single();
    }

    /**
     * Cold: the breakdown waited for, a take made for every shot, the voice, the music, the film rendered, probed and
     * announced. Then one changed line: one more take (that shot's), one more voice (that line's) and only the
     * segments that show that shot drawn again.
     */
    @Test
    void makesTheFilmAndAfterALineChangeRedoesOnlyThatShotItsVoiceAndItsSegments() throws Exception {
        var id = factory.makeFilm(project, PREVIEW);
        assertThat(factory.makeFilm(project, PREVIEW)).as("one run at a time").isEqualTo(id);

        var run = finished(id);
        assertThat(List.<Object>of(run.state(), run.stage(), run.progress(), run.byName(), run.failureArgs()))
                .as("%s %s", run.failureKey(), run.failureArgs())
                .containsExactly(MakeState.DONE, MakeStage.RENDER, 1.0, "Olga Owner", List.of());
        int shots = breakdowns.shotList(project).shots().size();
        assertThat(breakdowns.shotList(project).scriptRevision()).isEqualTo(revision);
        assertThat(jobs("take.generate")).isEqualTo(shots);
        assertThat(jobs("render.film")).isEqualTo(1);
        assertThat(voices()).isEqualTo(1);
        var film = rendering.films(project).getFirst();
        assertThat(film.id()).isEqualTo(run.film());
        assertThat(film.scriptRevision()).isEqualTo(revision);
        var copy = folder.resolve("film.mp4");
        media.copyTo(film.film(), copy);
        var info = probe.probe(copy);
        assertThat(List.of(info.videoCodec(), info.audioCodec(), info.width(), info.height(), info.frames()))
                .containsExactly("h264", "aac", 540, 960, film.frames());
        await().atMost(ofSeconds(10)).untilAsserted(() -> assertThat(heard.made)
                .containsExactly(new FilmMade(project, id, film.id())));
        var firstSegments = segments(run);
        assertThat(firstSegments[1]).isZero();

        var takesBefore = takes.selectedTakes(project,
                breakdowns.shotList(project).shots().stream().map(shot -> shot.id()).toList());
        writer.signIn();
        var changed = scripts.save(project, revision, CHANGED).revision();
        owner.signIn();
        var second = finished(factory.makeFilm(project, PREVIEW));
        assertThat(second.state()).as("%s %s", second.failureKey(), second.failureArgs()).isEqualTo(MakeState.DONE);
        assertThat(breakdowns.shotList(project).scriptRevision()).isEqualTo(changed);
        assertThat(jobs("take.generate")).isEqualTo(shots + 1);
        assertThat(jobs("render.film")).isEqualTo(2);
        assertThat(voices()).isEqualTo(2);
        // The cut shows the changed shot's new take, and every other shot's take as before.
        var shotIds = breakdowns.shotList(project).shots().stream().map(shot -> shot.id()).toList();
        var selected = takes.selectedTakes(project, shotIds);
        assertThat(cuts.current(project).clips()).allSatisfy(clip ->
                assertThat(clip.take()).isEqualTo(selected.get(clip.shot())));
        assertThat(selected.entrySet()).filteredOn(e -> !e.getValue().equals(takesBefore.get(e.getKey())))
                .hasSize(1);
        var secondFilm = rendering.film(project, second.film()).orElseThrow();
        assertThat(secondFilm.frames()).isEqualTo(film.frames());
        var secondSegments = segments(second);
        int total = firstSegments[0];
        // The changed shot is the second of the film (Maya's line); the segments before it are reused.
        assertThat(secondSegments[0] + secondSegments[1]).isEqualTo(total);
        assertThat(secondSegments[0]).isBetween(1, total - 1);
        await().atMost(ofSeconds(10)).untilAsserted(() -> assertThat(heard.made).containsExactly(
                new FilmMade(project, id, film.id()), new FilmMade(project, second.id(), secondFilm.id())));
    }

    /** Only approved takes: the run stops at the first shot without one, names it, and resumes from there. */
    @Test
    void approvedOnlyStopsAtTheShotWithoutAnApprovedTakeAndRetryResumes() {
        await().pollInSameThread().atMost(ofSeconds(20))
                .until(() -> breakdowns.shotList(project), s -> s.scriptRevision() == revision);
        int shots = takes.generateAllMissing(project);
        await().atMost(ofSeconds(600)).pollInSameThread()
                .until(() -> takes.totals(project), totals -> totals.ready() == shots);
        var list = breakdowns.shotList(project);
        reviews.approve(project, list.shots().getFirst().id(), null);

        var second = list.shots().get(1);
        int sceneNumber = list.scenes().stream().filter(scene -> scene.id().equals(second.sceneId())).findFirst()
                .orElseThrow().number();
        var label = "Scene " + sceneNumber + ", shot " + second.number();

        var id = factory.makeFilm(project, new MakeOptions(TakePolicy.APPROVED_ONLY, PREVIEW.render()));
        var failed = finished(id);
        assertThat(List.<Object>of(failed.state(), failed.stage(), failed.failureKey(), failed.failureArgs(),
                String.valueOf(failed.shotLabel()), String.valueOf(failed.film())))
                .containsExactly(MakeState.FAILED, MakeStage.TAKES, "factory.make.error.not-approved",
                        List.of(label), label, "null");
        assertThat(rendering.films(project)).isEmpty();
        assertThat(jobs("render.film")).isZero();
        assertThat(jobs("take.generate")).isEqualTo(shots);
        assertThat(heard.made).isEmpty();

        list.shots().stream().skip(1).forEach(shot -> reviews.approve(project, shot.id(), null));
        assertThat(factory.retry(project, id)).isEqualTo(id);
        var done = finished(id);
        assertThat(List.<Object>of(done.state(), done.stage(), done.progress()))
                .as("%s %s", done.failureKey(), done.failureArgs())
                .containsExactly(MakeState.DONE, MakeStage.RENDER, 1.0);
        assertThat(rendering.films(project)).extracting(film -> film.id()).containsExactly(done.film());
        assertThat(jobs("take.generate")).as("the approved takes were used").isEqualTo(shots);
    }

    /**
     * Cancelled while it waits for its takes: the run ends CANCELLED naming who cancelled it, its job and the
     * generations it asked for are cancelled, no render is asked for and no film is made; a viewer may not cancel, nor
     * may anyone cancel a run of another project through this one; a retry resumes from the stage and makes the film.
     */
    @Test
    void cancellingARunStopsItAndTheJobsItAskedForAndARetryResumesIt() {
        var id = factory.makeFilm(project, PREVIEW);
        await().atMost(ofSeconds(120)).pollInSameThread().until(() -> factory.run(project, id).orElseThrow(),
                run -> run.stage() == MakeStage.TAKES && activeJobs("take.generate") > 0);

        viewer.signIn();
        assertThatExceptionOfType(NotAllowed.class).isThrownBy(() -> factory.cancel(project, id))
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo("project.error.not-allowed.render"));
        owner.signIn();
        var other = context.getBean(ProjectManagement.class).create(
                new NewProject("Elsewhere", "", ScriptLanguage.EN, FORMAT));
        var foreign = new MakeRunId(java.util.UUID.randomUUID());
        jdbc.sql("insert into factory_make_run (id, project_id, take_policy, preset, subtitles, state, stage, progress,"
                        + " started_by, started_by_name, started_at, stage_started)"
                        + " values (?, ?, 'SELECTED', 'PREVIEW', true, 'RUNNING', 'TAKES', 0.1, ?, 'x',"
                        + " current_timestamp, current_timestamp)")
                .params(foreign.value(), other.value(), owner.id().value()).update();
        editor.signIn();
        assertThatExceptionOfType(NotAllowed.class).isThrownBy(() -> factory.cancel(project, foreign))
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo("project.error.not-allowed.render"));
        owner.signIn();
        assertThat(factory.run(other, foreign).orElseThrow().state()).isEqualTo(MakeState.RUNNING);
        assertThat(factory.run(project, id).orElseThrow().state()).isEqualTo(MakeState.RUNNING);

        editor.signIn();
        factory.cancel(project, id);
        var cancelled = factory.run(project, id).orElseThrow();
        assertThat(List.<Object>of(cancelled.state(), cancelled.stage(), String.valueOf(cancelled.failureKey()),
                cancelled.failureArgs(), String.valueOf(cancelled.film())))
                .containsExactly(MakeState.CANCELLED, MakeStage.TAKES, "factory.make.cancelled",
                        List.of("Edda Editor"), "null");
        await().atMost(ofSeconds(60)).pollInSameThread().untilAsserted(() -> {
            assertThat(activeJobs("factory.make")).isZero();
            assertThat(activeJobs("take.generate")).isZero();
        });
        assertThat(states("factory.make")).containsExactly(org.filmfactory.platform.JobState.CANCELLED);
        assertThat(states("take.generate")).contains(org.filmfactory.platform.JobState.CANCELLED);
        assertThat(jobs("render.film")).isZero();
        assertThat(rendering.films(project)).isEmpty();
        assertThat(heard.made).isEmpty();
        factory.cancel(project, id);
        assertThat(factory.run(project, id).orElseThrow().failureArgs()).as("a finished run stays as it is")
                .containsExactly("Edda Editor");

        assertThat(factory.retry(project, id)).isEqualTo(id);
        var done = finished(id);
        assertThat(List.<Object>of(done.state(), done.stage(), done.progress()))
                .as("%s %s", done.failureKey(), done.failureArgs())
                .containsExactly(MakeState.DONE, MakeStage.RENDER, 1.0);
        assertThat(rendering.films(project)).extracting(film -> film.id()).containsExactly(done.film());
        assertThat(states("factory.make")).containsExactlyInAnyOrder(org.filmfactory.platform.JobState.CANCELLED,
                org.filmfactory.platform.JobState.DONE);
    }

    /**
     * A director asks for a take of a shot by hand while a run waits for its own generations: cancelling the run
     * cancels the generations the run asked for, while the director's goes on and makes its take.
     */
    @Test
    void cancellingARunLeavesADirectorsOwnGenerationToFinish() {
        var id = factory.makeFilm(project, PREVIEW);
        // Two or more of the run's generations queued or running: the queue runs one heavy job at a time here, so
        // the run's are still waiting when it is cancelled.
        await().atMost(ofSeconds(120)).pollInSameThread().until(() -> factory.run(project, id).orElseThrow(),
                run -> run.stage() == MakeStage.TAKES && activeJobs("take.generate") >= 2);
        var runs = queue.jobs(project.toString(), 500).stream().filter(job -> job.kind().equals("take.generate"))
                .map(job -> job.id()).toList();
        var shot = breakdowns.shotList(project).shots().getLast();
        director.signIn();
        var own = takes.generate(project, shot.id(), "The harbour road at night, by hand");
        editor.signIn();
        factory.cancel(project, id);

        var ownEnd = await().atMost(ofSeconds(600)).pollInSameThread()
                .until(() -> queue.status(own).orElseThrow(), job -> job.state().finished());
        assertThat(ownEnd.state()).as("the director's own generation").isEqualTo(JobState.DONE);
        await().atMost(ofSeconds(60)).pollInSameThread().untilAsserted(() -> {
            assertThat(activeJobs("factory.make")).isZero();
            assertThat(activeJobs("take.generate")).isZero();
        });
        var runEnds = runs.stream().map(job -> queue.status(job).orElseThrow().state()).toList();
        assertThat(runEnds).as("the run's generations").contains(JobState.CANCELLED)
                .allMatch(state -> state == JobState.CANCELLED || state == JobState.DONE);
        assertThat(states("factory.make")).containsExactly(JobState.CANCELLED);
        director.signIn();
        var made = takes.takes(project, shot.id()).stream()
                .filter(take -> take.id().equals(TakeId.parse(String.valueOf(ownEnd.result())))).toList();
        assertThat(made).extracting(take -> take.madeBy(), take -> take.prompt(), take -> take.outOfDate())
                .containsExactly(tuple("Dario Director", "The harbour road at night, by hand", false));
        assertThat(takes.storyboard(project, 0, takes.storyboardSize(project)))
                .filteredOn(board -> board.shotId().equals(shot.id())).extracting(board -> board.state())
                .containsExactly(ShotState.READY);
        assertThat(jobs("render.film")).isZero();
        assertThat(factory.run(project, id).orElseThrow().state()).isEqualTo(MakeState.CANCELLED);
    }

    private int activeJobs(String kind) {
        return (int) queue.jobs(project.toString(), 500).stream()
                .filter(job -> job.kind().equals(kind) && !job.state().finished()).count();
    }

    private List<org.filmfactory.platform.JobState> states(String kind) {
        return queue.jobs(project.toString(), 500).stream().filter(job -> job.kind().equals(kind))
                .map(job -> job.state()).toList();
    }

    /** Starting and retrying need RENDER, watching VIEW; ids of another project are refused; nothing changes. */
    @Test
    void onlyThoseWhoMayRenderStartAndForeignRunIdsAreRefused() {
        viewer.signIn();
        assertThatExceptionOfType(NotAllowed.class).isThrownBy(() -> factory.makeFilm(project, PREVIEW))
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo("project.error.not-allowed.render"));
        assertThat(factory.latestRun(project)).isEmpty();
        assertThatExceptionOfType(NotAllowed.class)
                .isThrownBy(() -> factory.run(project, MakeRunId.random()))
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo("project.error.not-allowed.view"));

        owner.signIn();
        var other = context.getBean(ProjectManagement.class).create(
                new NewProject("Empty", "", ScriptLanguage.EN, FORMAT));
        assertThatExceptionOfType(NothingToFilm.class).isThrownBy(() -> factory.makeFilm(other, PREVIEW))
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo("factory.make.error.no-script"));
        assertThat(factory.latestRun(other)).isEmpty();

        // A run of the empty project, forged into this one: refused for watching and for retrying.
        var foreign = new MakeRunId(java.util.UUID.randomUUID());
        jdbc.sql("insert into factory_make_run (id, project_id, take_policy, preset, subtitles, state, stage, progress,"
                        + " started_by, started_by_name, started_at, stage_started, failure_key)"
                        + " values (?, ?, 'SELECTED', 'PREVIEW', true, 'FAILED', 'TAKES', 0.1, ?, 'x',"
                        + " current_timestamp, current_timestamp, 'factory.make.error.render')")
                .params(foreign.value(), other.value(), owner.id().value()).update();
        assertThatExceptionOfType(NotAllowed.class).isThrownBy(() -> factory.run(project, foreign));
        assertThatExceptionOfType(NotAllowed.class).isThrownBy(() -> factory.retry(project, foreign))
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo("project.error.not-allowed.render"));
        assertThat(factory.run(other, foreign).orElseThrow().state()).isEqualTo(MakeState.FAILED);

        editor.signIn();
        assertThatExceptionOfType(NotAllowed.class).isThrownBy(() -> factory.run(other, foreign));
        assertThat(factory.latestRun(project)).isEmpty();
    }
}
