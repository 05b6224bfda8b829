package org.filmfactory.factory.internal;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.filmfactory.breakdown.Breakdowns;
import org.filmfactory.factory.BatchFilm;
import org.filmfactory.factory.BatchFilmState;
import org.filmfactory.factory.BatchId;
import org.filmfactory.factory.BatchRefused;
import org.filmfactory.factory.BatchScripts;
import org.filmfactory.factory.BatchSummary;
import org.filmfactory.factory.Batches;
import org.filmfactory.factory.ChatNotConfigured;
import org.filmfactory.factory.Factory;
import org.filmfactory.factory.Idea;
import org.filmfactory.factory.MakeStage;
import org.filmfactory.factory.NewBatch;
import org.filmfactory.factory.NewBatch.BatchScript;
import org.filmfactory.factory.TakePolicy;
import org.filmfactory.platform.MediaStore;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.NotAllowed;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ProjectRole;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.render.PlatformTarget;
import org.filmfactory.render.Preset;
import org.filmfactory.render.Rendering;
import org.filmfactory.review.Reviews;
import org.filmfactory.screenplay.ScriptEditing;
import org.filmfactory.take.TakeGeneration;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.Actors.Actor;
import org.filmfactory.testsupport.Ffprobe;
import org.filmfactory.testsupport.StudioTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The production line on one node: a batch of good and broken scripts makes the good ones' films (decoded) and
 * reports each broken one with its own reason; a retry runs again only the failed films that had a run; a stranger's
 * forged batch id is refused; a viewer of one project sees that film only.
 */
@StudioTest
class BatchesIT {

    static String script(String place, String who, String line) {
        return "INT. " + place + " - NIGHT\n\n" + who + " waits by the door.\n\n" + who.toUpperCase() + "\n" + line
                + "\n";
    }

    @Autowired
    ApplicationContext context;
    @Autowired
    Batches batches;
    @Autowired
    Factory factory;
    @Autowired
    Rendering rendering;
    @Autowired
    MediaStore media;
    @Autowired
    JdbcClient jdbc;
    @TempDir
    Path folder;

    @AfterEach
    void signOut() {
        Actors.signOut();
    }

    private BatchSummary finished(BatchId batch) {
        return await().atMost(ofSeconds(900)).pollInSameThread().pollInterval(ofSeconds(1))
                .until(() -> batches.summary(batch).orElseThrow(), s -> s.finished() != null);
    }

    @Test
    void makesTheGoodScriptsReportsEachBrokenOneAndShowsEachViewerOnlyTheirFilms() throws Exception {
        var owner = Actors.create(context, "Lena Line").signIn();
        var binary = new byte[64];
        binary[3] = 0;
        Arrays.fill(binary, 10, 64, (byte) 0x7f);
        var huge = new byte[(int) BatchScripts.MAX_SCRIPT_BYTES + 1];
        Arrays.fill(huge, (byte) 'a');
        var scripts = List.of(
                new BatchScript("harbour.fountain", utf8(script("HARBOUR", "Maya", "The boat is late."))),
                new BatchScript("binary.fountain", binary),
                new BatchScript("station.txt", utf8(script("STATION", "Tomas", "Last train."))),
                new BatchScript("empty.fountain", new byte[0]),
                new BatchScript("huge.fountain", huge),
                new BatchScript("roof.fountain", utf8(script("ROOF", "Ines", "Look up."))));
        var id = batches.start(new NewBatch("Night shift", scripts, List.of(), List.of(), List.of(Preset.PREVIEW),
                TakePolicy.APPROVED_OR_ANIMATIC, true));

        var summary = finished(id);
        var films = batches.films(id);
        assertThat(films).extracting(BatchFilm::position, BatchFilm::source, BatchFilm::state, BatchFilm::failureKey)
                .as("%s", films)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "harbour.fountain", BatchFilmState.MADE, null),
                        org.assertj.core.groups.Tuple.tuple(2, "binary.fountain", BatchFilmState.FAILED,
                                "screenplay.error.binary"),
                        org.assertj.core.groups.Tuple.tuple(3, "station.txt", BatchFilmState.MADE, null),
                        org.assertj.core.groups.Tuple.tuple(4, "empty.fountain", BatchFilmState.FAILED,
                                "factory.batch.reason.empty"),
                        org.assertj.core.groups.Tuple.tuple(5, "huge.fountain", BatchFilmState.FAILED,
                                "screenplay.error.too-large"),
                        org.assertj.core.groups.Tuple.tuple(6, "roof.fountain", BatchFilmState.MADE, null));
        assertThat(films).filteredOn(film -> film.state() == BatchFilmState.FAILED)
                .allSatisfy(film -> assertThat(List.of(String.valueOf(film.project()), String.valueOf(film.run())))
                        .containsExactly("null", "null"));
        assertThat(List.of(summary.films(), summary.made(), summary.failed(), summary.queued(), summary.running(),
                summary.cancelled())).containsExactly(6, 3, 3, 0, 0, 0);
        assertThat(summary.name()).isEqualTo("Night shift");
        assertThat(summary.byName()).isEqualTo("Lena Line");

        // Every made film is its project's one film, and decodes: picture and sound of the preview's size.
        for (var film : films.stream().filter(f -> f.state() == BatchFilmState.MADE).toList()) {
            var made = rendering.films(film.project());
            assertThat(made).extracting(f -> f.id()).containsExactly(film.film());
            assertThat(film.stage()).isEqualTo(MakeStage.RENDER);
            assertThat(film.progress()).isEqualTo(1.0);
        }
        var first = films.getFirst();
        var copy = folder.resolve("first.mp4");
        media.copyTo(rendering.film(first.project(), first.film()).orElseThrow().film(), copy);
        assertThat(Ffprobe.streamTypes(copy)).containsExactly("video", "audio");
        var video = Ffprobe.videoStream(copy);
        assertThat(List.of(video.get("codec_name"), video.get("width"), video.get("height")))
                .containsExactly("h264", "540", "960");
        assertThat(Integer.parseInt(video.get("nb_read_frames"))).isEqualTo(
                rendering.film(first.project(), first.film()).orElseThrow().frames());

        // Nothing failed with a run: a retry has nothing to do and changes nothing.
        assertThat(batches.retryFailed(id)).isZero();
        assertThat(batches.films(id)).isEqualTo(films);

        // A stranger with the id in hand: refused everywhere, and nothing changes.
        var stranger = Actors.create(context, "Sam Stranger").signIn();
        assertThatExceptionOfType(NotAllowed.class).isThrownBy(() -> batches.films(id))
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo("project.error.not-allowed.view"));
        assertThatExceptionOfType(NotAllowed.class).isThrownBy(() -> batches.summary(id));
        assertThatExceptionOfType(NotAllowed.class).isThrownBy(() -> batches.retryFailed(id));
        assertThatExceptionOfType(NotAllowed.class).isThrownBy(() -> batches.cancel(id));
        assertThatExceptionOfType(NotAllowed.class).isThrownBy(() -> batches.watch(id, changed -> { }));
        assertThatExceptionOfType(NotAllowed.class).isThrownBy(() -> batches.films(BatchId.random()));
        assertThat(batches.batches(10)).isEmpty();
        owner.signIn();
        assertThat(batches.films(id)).isEqualTo(films);
        assertThat(batches.summary(id).orElseThrow().cancelled()).isZero();

        // A viewer of the station's project sees that film only, and may not retry or cancel the batch.
        var viewer = owner.bringOnto(films.get(2).project(), ProjectRole.VIEWER, "Vic Viewer");
        assertThat(batches.films(id)).containsExactly(films.get(2));
        assertThat(batches.batches(10)).extracting(BatchSummary::id, BatchSummary::films, BatchSummary::made)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(id, 1, 1));
        assertThatExceptionOfType(NotAllowed.class).isThrownBy(() -> batches.retryFailed(id))
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo("project.error.not-allowed.render"));
        assertThat(viewer.name()).isEqualTo("Vic Viewer");
    }

    @Test
    void retryRunsAgainOnlyTheFailedFilmsThatHadARun() {
        var owner = Actors.create(context, "Rita Retry").signIn();
        var project = context.getBean(ProjectManagement.class).create(
                new NewProject("Dock", "", ScriptLanguage.EN, new OutputFormat(540, 960, 30)));
        var revision = context.getBean(ScriptEditing.class).save(project, 0,
                script("DOCK", "Ada", "Ropes off.")).revision();
        var breakdowns = context.getBean(Breakdowns.class);
        var takes = context.getBean(TakeGeneration.class);
        await().pollInSameThread().atMost(ofSeconds(30))
                .until(() -> breakdowns.shotList(project), s -> s.scriptRevision() == revision);
        int shots = takes.generateAllMissing(project);
        await().atMost(ofSeconds(600)).pollInSameThread()
                .until(() -> takes.totals(project), totals -> totals.ready() == shots);

        var id = batches.start(new NewBatch("Approved only", List.of(new BatchScript("empty.txt", new byte[0])),
                List.of(), List.of(project), List.of(Preset.PREVIEW), TakePolicy.APPROVED_ONLY, false));
        finished(id);
        var failed = batches.films(id);
        assertThat(failed).extracting(BatchFilm::position, BatchFilm::state, BatchFilm::stage, BatchFilm::failureKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, BatchFilmState.FAILED, null,
                                "factory.batch.reason.empty"),
                        org.assertj.core.groups.Tuple.tuple(2, BatchFilmState.FAILED, MakeStage.TAKES,
                                "factory.make.error.not-approved"));
        var run = failed.get(1).run();
        assertThat(run).isNotNull();
        assertThat(failed.get(1).shotLabel()).isEqualTo("Scene 1, shot 1");

        var reviews = context.getBean(Reviews.class);
        breakdowns.shotList(project).shots().forEach(shot -> reviews.approve(project, shot.id(), null));
        assertThat(batches.retryFailed(id)).isEqualTo(1);
        var summary = finished(id);
        assertThat(List.of(summary.made(), summary.failed())).containsExactly(1, 1);
        var films = batches.films(id);
        assertThat(films.getFirst()).isEqualTo(failed.getFirst());
        assertThat(films.get(1).state()).isEqualTo(BatchFilmState.MADE);
        assertThat(films.get(1).run()).as("the failed run resumed").isEqualTo(run);
        assertThat(rendering.films(project)).extracting(f -> f.id()).containsExactly(films.get(1).film());
        var runs = jdbc.sql("select count(*) from factory_make_run where project_id = ?").param(project.value())
                .query(Integer.class).single();
        assertThat(runs).isEqualTo(1);
    }

    @Test
    void refusesABatchWithoutSourcesPresetsOrWithTooManyFilms() {
        Actors.create(context, "Nora None").signIn();
        var one = List.of(new BatchScript("a.fountain", utf8(script("HALL", "Bo", "Hi."))));
        assertThatExceptionOfType(BatchRefused.class).isThrownBy(() -> batches.start(new NewBatch("x", List.of(),
                        List.of(), List.of(), List.of(Preset.PREVIEW), TakePolicy.SELECTED, true)))
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo("factory.line.error.no-source"));
        assertThatExceptionOfType(BatchRefused.class).isThrownBy(() -> batches.start(new NewBatch("x", one,
                        List.of(), List.of(), List.of(), TakePolicy.SELECTED, true)))
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo("factory.line.error.no-preset"));
        var many = new ArrayList<BatchScript>();
        for (int i = 0; i < 126; i++) {
            many.add(new BatchScript(i + ".fountain", new byte[0]));
        }
        assertThatExceptionOfType(BatchRefused.class).isThrownBy(() -> batches.start(new NewBatch("x", many,
                        List.of(), List.of(), List.of(Preset.values()), TakePolicy.SELECTED, true)))
                .satisfies(e -> assertThat(List.of(e.messageKey(), Arrays.asList(e.arguments())))
                        .containsExactly("factory.line.error.too-many", List.of(504L, 500)));
        // Ideas need a chat backend: without one the whole batch is refused with the writer's own reason.
        var idea = new Idea("A lost key", ScriptLanguage.EN, Duration.ofSeconds(30), "", PlatformTarget.TIKTOK);
        assertThatExceptionOfType(ChatNotConfigured.class).isThrownBy(() -> batches.start(new NewBatch("x", one,
                        List.of(idea), List.of(), List.of(Preset.PREVIEW), TakePolicy.SELECTED, true)))
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo("factory.idea.error.not-configured"));
        assertThat(batches.batches(10)).isEmpty();

        // A batch of nothing but broken files has ended as soon as it started.
        var broken = batches.start(new NewBatch("Broken", List.of(new BatchScript("e.fountain", new byte[0]),
                new BatchScript("notes.pdf", utf8("%PDF"))), List.of(), List.of(), List.of(Preset.PREVIEW),
                TakePolicy.SELECTED, true));
        var summary = batches.summary(broken).orElseThrow();
        assertThat(List.of(summary.films(), summary.failed(), String.valueOf(summary.finished() != null)))
                .containsExactly(2, 2, "true");
        assertThat(batches.films(broken)).extracting(BatchFilm::failureKey, BatchFilm::failureArgs).containsExactly(
                org.assertj.core.groups.Tuple.tuple("factory.batch.reason.empty", List.of()),
                org.assertj.core.groups.Tuple.tuple("factory.line.reason.format",
                        List.of(".fountain .txt .fdx")));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
