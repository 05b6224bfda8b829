package org.filmfactory.take;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.filmfactory.breakdown.Breakdowns;
import org.filmfactory.breakdown.Shot;
import org.filmfactory.breakdown.ShotId;
import org.filmfactory.breakdown.ShotList;
import org.filmfactory.platform.JobContext;
import org.filmfactory.platform.JobHandler;
import org.filmfactory.platform.JobId;
import org.filmfactory.platform.JobState;
import org.filmfactory.platform.MediaKey;
import org.filmfactory.platform.MediaProbe;
import org.filmfactory.platform.MediaRefused;
import org.filmfactory.platform.MediaStore;
import org.filmfactory.platform.UserMessage;
import org.filmfactory.platform.VideoEncoder;
import org.filmfactory.platform.VideoFormat;
import org.filmfactory.platform.WorkQueue;
import org.filmfactory.take.internal.Briefs;
import org.filmfactory.take.internal.Fingerprints;
import org.filmfactory.take.internal.GenerationOrder;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.NotAllowed;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ProjectRole;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.screenplay.ScriptEditing;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.Actors.Actor;
import org.filmfactory.testsupport.StudioTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Takes of a small script: generated through the work queue with the real animatic, uploaded and probed, selected,
 * out of date after the script or the shot changed, and only for those whose role allows it.
 */
@StudioTest
@TestPropertySource(properties = "filmfactory.media.max-upload=3MB")
class TakeGenerationIT {


    static final String SCRIPT = """
            INT. POST OFFICE - NIGHT

            Fluorescent light. An old clerk, TOMAS, locks the counter drawer.

            MAYA
            One letter. Registered. It has to go tonight.

            EXT. HARBOUR ROAD - NIGHT

            The rain stops all at once.
            """;

    @Autowired
    ApplicationContext context;
    @Autowired
    TakeGeneration takes;
    @Autowired
    Breakdowns breakdowns;
    @Autowired
    ScriptEditing scripts;
    @Autowired
    WorkQueue queue;
    @Autowired
    MediaStore media;
    @Autowired
    MediaProbe probe;
    @TempDir
    Path folder;

    Actor owner;
    Actor director;
    Actor writer;
    Actor editor;
    Actor viewer;
    ProjectId project;
    ShotList shots;

    @BeforeEach
    void crewAndScript() {
        owner = Actors.create(context, "Olga Owner").signIn();
        project = context.getBean(ProjectManagement.class).create(
                new NewProject("Rain City", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
        writer = owner.bringOnto(project, ProjectRole.WRITER, "Wang Writer");
        editor = owner.bringOnto(project, ProjectRole.EDITOR, "Edda Editor");
        viewer = owner.bringOnto(project, ProjectRole.VIEWER, "Vera Viewer");
        director = owner.bringOnto(project, ProjectRole.DIRECTOR, "Dario Director");
        shots = save(0, SCRIPT);
        director.signIn();
    }

    @AfterEach
    void signOut() {
        Actors.signOut();
    }

    private ShotList save(long base, String text) {
        writer.signIn();
        var revision = scripts.save(project, base, text).revision();
        var list = await().pollInSameThread().atMost(ofSeconds(10))
                .until(() -> breakdowns.shotList(project), s -> s.scriptRevision() == revision);
        director.signIn();
        return list;
    }

    private Shot shot(int index) {
        return shots.shots().get(index);
    }

    private JobState awaitFinished(JobId job) {
        return await().atMost(ofSeconds(120)).pollInSameThread()
                .until(() -> queue.status(job).orElseThrow().state(), JobState::finished);
    }

    // ------------------------------------------------------------------------------------------------ generation

    @Test
    void generatingAShotMakesOneSelectedTakeWithAStoredH264Clip() throws IOException {
        var shot = shot(0);
        var job = takes.generate(project, shot.id(), null);

        assertThat(awaitFinished(job)).isEqualTo(JobState.DONE);
        var made = takes.takes(project, shot.id());
        assertThat(made).extracting(TakeView::number, TakeView::generator, TakeView::madeBy, TakeView::selected,
                TakeView::outOfDate, TakeView::width, TakeView::height, TakeView::fps, TakeView::contentType)
                .containsExactly(tuple(1, "animatic", "Dario Director", true, false, 1080, 1920, 30, "video/mp4"));
        var take = made.getFirst();
        assertThat(queue.status(job).orElseThrow().result()).isEqualTo(take.id().toString());
        assertThat(take.duration()).isEqualTo(shot.duration());
        assertThat(take.frames()).isEqualTo(shot.duration().toMillis() * 30 / 1000);
        assertThat(take.clipUrl()).isEqualTo("/media/projects/" + project + "/takes/" + take.id() + "/clip.mp4");

        var copy = folder.resolve("clip.mp4");
        media.copyTo(new MediaKey(take.clipUrl().substring("/media/".length())), copy);
        var info = probe.probe(copy);
        assertThat(info.videoCodec()).isEqualTo("h264");
        assertThat(List.of(info.width(), info.height())).containsExactly(1080, 1920);
        assertThat(media.stat(new MediaKey(take.posterUrl().substring(7)))).isPresent();
        assertThat(media.stat(new MediaKey(take.thumbnailUrl().substring(7)))).isPresent();

        var board = takes.storyboard(project, 0, 1).getFirst();
        assertThat(board.state()).isEqualTo(ShotState.READY);
        assertThat(board.selected()).isEqualTo(take);
        assertThat(board.takeCount()).isEqualTo(1);
    }

    @Test
    void generatingAllMissingQueuesEveryShotOnceAndMakesOneTakeEach() {
        int count = shots.shots().size();
        assertThat(takes.totals(project)).isEqualTo(new StoryboardTotals(count, 0, count, 0, 0, 0));

        var queued = takes.generateAllMissing(project);
        assertThat(queued).isEqualTo(count);
        assertThat(takes.generateAllMissing(project)).isZero();

        await().atMost(ofSeconds(300)).pollInSameThread()
                .until(() -> takes.totals(project), totals -> totals.ready() == count);
        assertThat(takes.totals(project)).isEqualTo(new StoryboardTotals(count, count, 0, 0, 0, 0));
        assertThat(takes.storyboard(project, 0, count)).extracting(StoryboardShot::state, StoryboardShot::takeCount)
                .containsOnly(tuple(ShotState.READY, 1));
        assertThat(takes.generateAllMissing(project)).isZero();
    }

    @Test
    void aJobRunTwiceMakesOneTake() throws Exception {
        var shot = shot(1);
        var scene = shots.scenes().getFirst();
        var lines = breakdowns.scriptLines(project, List.of(shot)).get(shot.id());
        var written = breakdowns.linesAsWritten(project, List.of(shot)).get(shot.id());
        var brief = Briefs.of(project.toString(), scene, shot, lines, List.of("MAYA"), java.util.Locale.ENGLISH, 7,
                VideoFormat.VERTICAL_HD, "A clerk under fluorescent light");
        var payload = new GenerationOrder(project.toString(), shot.id().toString(), director.id().value().toString(),
                "Dario Director", "animatic", Fingerprints.of(shot, written), shots.scriptRevision(), brief).toJson();
        var handler = context.getBeansOfType(JobHandler.class).values().stream()
                .filter(h -> h.kind().equals("take.generate")).findFirst().orElseThrow();
        var job = JobId.random();

        var first = handler.run(new Rerun(job, project.toString(), payload, 0));
        var again = handler.run(new Rerun(job, project.toString(), payload, 0));

        assertThat(again).isEqualTo(first);
        var made = takes.takes(project, shot.id());
        assertThat(made).extracting(take -> take.id().toString(), TakeView::number, TakeView::prompt, TakeView::seed,
                TakeView::selected, TakeView::outOfDate)
                .containsExactly(tuple(first, 1, "A clerk under fluorescent light", 7L, true, false));
        assertThat(media.usage("projects/" + project)).isEqualTo(stored(made.getFirst()));
    }

    private long stored(TakeView take) throws IOException {
        long total = 0;
        for (var url : List.of(take.clipUrl(), take.posterUrl(), take.thumbnailUrl())) {
            total += media.stat(new MediaKey(url.substring("/media/".length()))).orElseThrow().size();
        }
        return total;
    }

    // --------------------------------------------------------------------------------------------------- uploads

    @Test
    void anUploadedClipBecomesASelectedTakeWithItsProbedFacts() throws IOException {
        var shot = shot(0);
        var clip = clip("real.mp4", 45);

        // Hears TakeGenerated as other modules do: only after the transaction that published it commits.
        var heard = new java.util.concurrent.CopyOnWriteArrayList<TakeGenerated>();
        var listener = org.springframework.transaction.event.TransactionalApplicationListener
                .<Object>forPayload(payload -> {
                    if (payload instanceof TakeGenerated made) {
                        heard.add(made);
                    }
                });
        var events = (org.springframework.context.ConfigurableApplicationContext) context;
        events.addApplicationListener(listener);
        TakeView take;
        try {
            take = upload(shot, "whatever.bin", clip);
        } finally {
            events.removeApplicationListener(listener);
        }

        assertThat(take).extracting(TakeView::number, TakeView::generator, TakeView::madeBy, TakeView::selected,
                TakeView::outOfDate, TakeView::width, TakeView::height, TakeView::fps, TakeView::frames,
                TakeView::duration, TakeView::contentType)
                .containsExactly(1, "upload", "Dario Director", true, false, 1080, 1920, 30, 45L,
                        Duration.ofMillis(1500), "video/mp4");
        assertThat(takes.takes(project, shot.id())).containsExactly(take);
        assertThat(media.stat(new MediaKey(take.clipUrl().substring(7))).orElseThrow().size())
                .isEqualTo(Files.size(clip));
        // Told to the other modules once the take is committed, like a generated one.
        assertThat(heard).contains(new TakeGenerated(project, shot.id(), take.id(), 1, director.id().toString()));
    }

    @Test
    void anUploadedPictureIsAnimatedIntoAClipOfTheShotsLength() throws IOException {
        var shot = shot(2);
        var picture = folder.resolve("still.png");
        var image = new java.awt.image.BufferedImage(640, 480, java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(image, "png", picture.toFile());

        var take = upload(shot, "still.png", picture);

        assertThat(take).extracting(TakeView::width, TakeView::height, TakeView::duration, TakeView::contentType)
                .containsExactly(1080, 1920, shot.duration(), "video/mp4");
    }

    @Test
    void brokenEmptyFakeAndOversizedUploadsAreRefusedAndNothingIsStored() throws IOException {
        var shot = shot(0);
        var real = clip("real.mp4", 45);
        var truncated = folder.resolve("truncated.mp4");
        var bytes = Files.readAllBytes(real);
        Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        var text = folder.resolve("notes.mp4");
        Files.writeString(text, "This is a shooting note, not a video.\n".repeat(50));
        var empty = folder.resolve("empty.mp4");
        Files.write(empty, new byte[0]);

        assertThatExceptionOfType(MediaRefused.class).isThrownBy(() -> upload(shot, "truncated.mp4", truncated))
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo("media.refused.corrupt"))
                .satisfies(e -> assertThat(e.arguments()).containsExactly("truncated.mp4"));
        assertThatExceptionOfType(MediaRefused.class).isThrownBy(() -> upload(shot, "notes.mp4", text))
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo("media.refused.unknown-type"))
                .satisfies(e -> assertThat(e.arguments()).containsExactly("notes.mp4"));
        assertThatExceptionOfType(MediaRefused.class).isThrownBy(() -> upload(shot, "empty.mp4", empty))
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo("media.refused.empty"))
                .satisfies(e -> assertThat(e.arguments()).containsExactly("empty.mp4"));
        // Declared too large: refused before a byte is read.
        assertThatExceptionOfType(MediaRefused.class).isThrownBy(() -> takes.upload(project, shot.id(), "big.mp4",
                        new ByteArrayInputStream(bytes), 3L * 1024 * 1024 + 1))
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo("media.refused.too-large"))
                .satisfies(e -> assertThat(e.arguments()).containsExactly("big.mp4", 3L, 3L));
        // Declared small, but the stream goes on past the limit.
        assertThatExceptionOfType(MediaRefused.class).isThrownBy(() -> takes.upload(project, shot.id(), "big.mp4",
                        new ByteArrayInputStream(new byte[4 * 1024 * 1024]), 1000))
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo("media.refused.too-large"))
                .satisfies(e -> assertThat(e.arguments()).containsExactly("big.mp4", 3L, 3L));

        assertThat(takes.takes(project, shot.id())).isEmpty();
        assertThat(media.usage("projects/" + project)).isZero();
        assertThat(takes.storyboard(project, 0, 1).getFirst().state()).isEqualTo(ShotState.NO_TAKE);
    }

    // ------------------------------------------------------------------------------------- selection, freshness

    @Test
    void selectingAnotherTakeMovesTheMark() throws IOException {
        var shot = shot(0);
        var first = upload(shot, "a.mp4", clip("a.mp4", 30));
        var second = upload(shot, "b.mp4", clip("b.mp4", 40));
        assertThat(takes.takes(project, shot.id())).extracting(TakeView::number, TakeView::selected)
                .containsExactly(tuple(2, false), tuple(1, true));

        takes.select(project, second.id());

        assertThat(takes.takes(project, shot.id())).extracting(TakeView::number, TakeView::selected)
                .containsExactly(tuple(2, true), tuple(1, false));
        assertThat(takes.storyboard(project, 0, 1).getFirst().selected().id()).isEqualTo(second.id());
        assertThat(first.id()).isNotEqualTo(second.id());
    }

    @Test
    void aTakeIsOutOfDateAfterTheShotIsRetimed() throws IOException {
        var shot = shot(0);
        upload(shot, "a.mp4", clip("a.mp4", 30));
        assertThat(takes.storyboard(project, 0, 1).getFirst().state()).isEqualTo(ShotState.READY);

        breakdowns.retime(project, shot.id(), shot.duration().plusSeconds(2));

        assertThat(takes.storyboard(project, 0, 1).getFirst().state()).isEqualTo(ShotState.OUT_OF_DATE);
        assertThat(takes.takes(project, shot.id())).extracting(TakeView::outOfDate).containsExactly(true);
        assertThat(takes.totals(project).outOfDate()).isEqualTo(1);
    }

    @Test
    void aTakeIsOutOfDateAfterTheScriptLineItShowsIsRewritten() throws IOException {
        var last = shots.shots().getLast();
        upload(last, "a.mp4", clip("a.mp4", 30));
        var untouched = shot(0);
        upload(untouched, "b.mp4", clip("b.mp4", 30));

        var revised = save(1, SCRIPT.replace("The rain stops all at once.",
                "The rain stops all at once, and the harbour goes quiet."));

        assertThat(revised.shots()).extracting(Shot::id).contains(last.id(), untouched.id());
        var board = takes.storyboard(project, 0, revised.shots().size());
        assertThat(board.getLast().state()).isEqualTo(ShotState.OUT_OF_DATE);
        assertThat(board.getFirst().state()).isEqualTo(ShotState.READY);
        assertThat(takes.shotPage(project, last.id()).orElseThrow().scriptLines())
                .containsExactly("The rain stops all at once, and the harbour goes quiet.");
    }

    // ------------------------------------------------------------------------------------------------------ roles

    @Test
    void writersEditorsAndViewersCannotGenerateSelectUploadOrCancel() throws IOException {
        var shot = shot(0);
        var take = upload(shot, "a.mp4", clip("a.mp4", 30));
        var second = upload(shot, "b.mp4", clip("b.mp4", 30));
        var job = takes.generate(project, shot(1).id(), null);
        var before = takes.takes(project, shot.id());
        var jobsBefore = queue.jobs(project.toString(), 100).size();
        var clip = clip("c.mp4", 30);

        for (var person : List.of(writer, editor, viewer)) {
            person.signIn();
            assertThatExceptionOfType(NotAllowed.class).isThrownBy(() -> takes.generate(project, shot.id(), null));
            assertThatExceptionOfType(NotAllowed.class).isThrownBy(() -> takes.generateAllMissing(project));
            assertThatExceptionOfType(NotAllowed.class).isThrownBy(() -> takes.select(project, second.id()));
            assertThatExceptionOfType(NotAllowed.class).isThrownBy(() -> takes.upload(project, shot.id(), "c.mp4",
                    Files.newInputStream(clip), Files.size(clip)));
            assertThatExceptionOfType(NotAllowed.class).isThrownBy(() -> takes.cancel(project, job));
            assertThatExceptionOfType(NotAllowed.class).isThrownBy(() -> takes.retry(project, job));
            assertThat(takes.takes(project, shot.id())).isEqualTo(before);
        }
        director.signIn();
        assertThat(queue.jobs(project.toString(), 100)).hasSize(jobsBefore);
        assertThat(queue.status(job).orElseThrow().state()).isNotEqualTo(JobState.CANCELLED);
        assertThat(takes.takes(project, shot.id())).extracting(TakeView::id, TakeView::selected)
                .containsExactly(tuple(second.id(), false), tuple(take.id(), true));
    }

    @Test
    void aMemberOfAnotherProjectCannotReachThisProjectsTakesByForgedIds() throws IOException {
        var shot = shot(0);
        var first = upload(shot, "a.mp4", clip("a.mp4", 30));
        var second = upload(shot, "b.mp4", clip("b.mp4", 30));
        var job = takes.generate(project, shot(1).id(), null);
        var stranger = Actors.create(context, "Sam Stranger").signIn();
        var theirs = context.getBean(ProjectManagement.class).create(
                new NewProject("Other", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));

        assertThatExceptionOfType(NotAllowed.class).isThrownBy(() -> takes.select(theirs, second.id()));
        assertThatExceptionOfType(NotAllowed.class).isThrownBy(() -> takes.select(project, second.id()));
        assertThatExceptionOfType(NotAllowed.class).isThrownBy(() -> takes.cancel(theirs, job));
        assertThatExceptionOfType(NotAllowed.class).isThrownBy(() -> takes.retry(theirs, job));
        assertThatExceptionOfType(NotAllowed.class).isThrownBy(() -> takes.generate(theirs, shot.id(), null));
        assertThatExceptionOfType(NotAllowed.class).isThrownBy(() -> takes.takes(project, shot.id()));
        assertThat(takes.takes(theirs, shot.id())).isEmpty();
        assertThatExceptionOfType(NotAllowed.class).isThrownBy(() -> TakeId.parse("../" + first.id()));
        assertThat(stranger.name()).isEqualTo("Sam Stranger");

        director.signIn();
        assertThat(takes.takes(project, shot.id())).extracting(TakeView::id, TakeView::selected)
                .containsExactly(tuple(second.id(), false), tuple(first.id(), true));
        assertThat(queue.status(job).orElseThrow().state()).isNotEqualTo(JobState.CANCELLED);
    }

    // ---------------------------------------------------------------------------------------------------- helpers

    private TakeView upload(Shot shot, String name, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return takes.upload(project, shot.id(), name, in, Files.size(file));
        }
    }

    /** A real H.264 clip of {@code frames} frames in 1080×1920 at 30 fps, a moving bar on grey. */
    private Path clip(String name, int frames) throws IOException {
        var target = folder.resolve(UUID.randomUUID() + "-" + name);
        context.getBean(VideoEncoder.class).encode(VideoFormat.VERTICAL_HD, frames, (g, frame) -> {
            g.setColor(java.awt.Color.GRAY);
            g.fillRect(0, 0, 1080, 1920);
            g.setColor(java.awt.Color.ORANGE);
            g.fillRect(frame * 20, 900, 120, 120);
        }, target, percent -> { }, () -> false);
        return target;
    }

    /** A repeated run of a job, as after a takeover: same id, same attempt. */
    record Rerun(JobId id, String group, String payload, int attempt) implements JobContext {

        @Override
        public void progress(int percent, UserMessage stage) {
        }

        @Override
        public boolean stopping() {
            return false;
        }
    }
}
