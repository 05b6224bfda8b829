package org.filmfactory.render.internal;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.filmfactory.breakdown.Breakdowns;
import org.filmfactory.cut.CutEdit;
import org.filmfactory.cut.Cuts;
import org.filmfactory.platform.JobId;
import org.filmfactory.platform.JobState;
import org.filmfactory.platform.JobStatus;
import org.filmfactory.platform.MediaProbe;
import org.filmfactory.platform.MediaSettings;
import org.filmfactory.platform.MediaStore;
import org.filmfactory.platform.UserMessage;
import org.filmfactory.platform.WorkQueue;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.NotAllowed;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ProjectRole;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.render.CutNotRenderable;
import org.filmfactory.render.Film;
import org.filmfactory.render.FilmId;
import org.filmfactory.render.FilmRendered;
import org.filmfactory.render.Preset;
import org.filmfactory.render.RenderFailed;
import org.filmfactory.render.RenderJobId;
import org.filmfactory.render.RenderSpec;
import org.filmfactory.render.Rendering;
import org.filmfactory.screenplay.ScriptEditing;
import org.filmfactory.take.StoryboardTotals;
import org.filmfactory.take.TakeGeneration;
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
import org.springframework.test.context.TestPropertySource;

/**
 * Renders of a small script's cut through the work queue with the real engine, voices and score: the film stored,
 * probed and announced, only the newest films kept, only those who may render asking, ids of other projects refused,
 * a damaged take failing the render by its clip's name with the films left as they were, and a render after one
 * change redrawing only the segments that change showed.
 */
@StudioTest
@TestPropertySource(properties = {"filmfactory.render.keep-films=2", "filmfactory.work.max-attempts=1"})
class RenderingIT {

    static final String SCRIPT = """
            INT. POST OFFICE - NIGHT

            An old clerk, TOMAS, locks the counter drawer.

            MAYA
            One letter. It has to go tonight.

            EXT. HARBOUR ROAD - NIGHT

            The rain stops all at once.
            """;

    static final RenderSpec PREVIEW = new RenderSpec(Preset.PREVIEW, true);
    /** Small takes, quick to make on a busy machine; the film is the preview preset. */
    static final OutputFormat FORMAT = new OutputFormat(360, 640, 30);

    @Autowired
    ApplicationContext context;
    @Autowired
    Rendering rendering;
    @Autowired
    StudioRendering studio;
    @Autowired
    Cuts cuts;
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
    @Autowired
    Heard heard;
    @TempDir
    Path folder;

    Actor owner;
    Actor editor;
    Actor writer;
    Actor viewer;
    ProjectId project;

    @TestConfiguration
    static class Listening {
        @Bean
        Heard heard() {
            return new Heard();
        }
    }

    /** The render events, as any module would hear them. */
    static class Heard {
        final List<Object> events = new CopyOnWriteArrayList<>();

        @EventListener
        void on(FilmRendered rendered) {
            events.add(rendered);
        }

        @EventListener
        void on(RenderFailed failed) {
            events.add(failed);
        }
    }

    @BeforeEach
    void projectAndScript() {
        heard.events.clear();
        owner = Actors.create(context, "Olga Owner").signIn();
        project = context.getBean(ProjectManagement.class).create(
                new NewProject("Rain City", "", ScriptLanguage.EN, FORMAT));
        writer = owner.bringOnto(project, ProjectRole.WRITER, "Wang Writer");
        editor = owner.bringOnto(project, ProjectRole.EDITOR, "Edda Editor");
        viewer = owner.bringOnto(project, ProjectRole.VIEWER, "Vera Viewer");
        writer.signIn();
        var revision = scripts.save(project, 0, SCRIPT).revision();
        await().pollInSameThread().atMost(ofSeconds(20))
                .until(() -> breakdowns.shotList(project), s -> s.scriptRevision() == revision);
        editor.signIn();
    }

    /** Takes for every shot (made by the owner); the cut then shows them. */
    private void makeTakes() {
        owner.signIn();
        int shots = takes.generateAllMissing(project);
        await().atMost(ofSeconds(600)).pollInSameThread()
                .until(() -> takes.totals(project), totals -> totals.ready() == shots);
        assertThat(takes.totals(project)).isEqualTo(new StoryboardTotals(shots, shots, 0, 0, 0, 0));
        editor.signIn();
        cuts.followShotList(project);
    }

    @AfterEach
    void signOut() {
        Actors.signOut();
    }

    private JobStatus finished(RenderJobId job) {
        return await().atMost(ofSeconds(300)).pollInSameThread()
                .until(() -> queue.status(new JobId(job.value())).orElseThrow(), status -> status.state().finished());
    }

    private Film render() {
        var job = rendering.request(project, PREVIEW);
        var done = finished(job);
        assertThat(done.state()).as("%s", done.failure()).isEqualTo(JobState.DONE);
        return rendering.film(project, FilmId.parse(done.result())).orElseThrow();
    }

    /**
     * One project through its life, so its takes are made once: a render stored, probed and announced; a render after
     * one change redrawing only the segments that change showed; a third render pushing the first out with its
     * media; a damaged take failing the next render by its clip's name, the films left as they were.
     */
    @Test
    void rendersAreStoredAnnouncedReusedKeptAndADamagedTakeFailsByName() throws IOException {
        makeTakes();
        var cut = cuts.current(project);
        var job = rendering.request(project, PREVIEW);

        var done = finished(job);
        assertThat(done.state()).as("%s", done.failure()).isEqualTo(JobState.DONE);
        assertThat(done.kind()).isEqualTo("render.film");
        assertThat(done.title()).isEqualTo(UserMessage.of("render.job.title", "preview"));
        var first = rendering.films(project).getFirst();
        assertThat(rendering.films(project)).containsExactly(first);
        assertThat(done.result()).isEqualTo(first.id().toString());
        long frames = (long) cut.length() * Preset.PREVIEW.fps() / cut.fps();
        assertThat(List.of(first.preset(), first.subtitles(), first.madeBy(), first.cutRevision(),
                first.scriptRevision(), first.frames())).containsExactly(Preset.PREVIEW, true, "Edda Editor",
                cut.revision(), cut.scriptRevision(), frames);
        var folderKey = "projects/" + project + "/films/" + first.id();
        assertThat(List.of(first.film().path(), first.srt().path(), first.vtt().path()))
                .containsExactly(folderKey + "/film.mp4", folderKey + "/film.srt", folderKey + "/film.vtt");
        var copy = folder.resolve("film.mp4");
        media.copyTo(first.film(), copy);
        var info = probe.probe(copy);
        assertThat(List.of(info.videoCodec(), info.audioCodec(), info.width(), info.height(), info.frames()))
                .containsExactly("h264", "aac", 540, 960, frames);
        assertThat(first.bytes()).isEqualTo(media.stat(first.film()).orElseThrow().size());
        assertThat(first.duration()).isEqualTo(info.duration());
        assertThat(first.loudness().integratedLufs()).isBetween(-15.0, -13.0);
        assertThat(first.loudness().truePeakDbtp()).isLessThanOrEqualTo(-1.0);
        assertThat(new String(media.open(first.srt(), 0, media.stat(first.srt()).orElseThrow().size())
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).contains("One letter. It has to go tonight.");
        // A quick preview is soft on every platform, and nothing else is said of a short vertical film.
        assertThat(first.findings()).extracting(f -> f.messageKey())
                .containsExactly("render.preflight.low-resolution", "render.preflight.low-resolution",
                        "render.preflight.low-resolution", "render.preflight.low-resolution");
        await().atMost(ofSeconds(10)).untilAsserted(() -> assertThat(heard.events).containsExactly(
                new FilmRendered(project, first.id(), job, editor.id().value().toString())));
        var firstCounts = studio.segments(project, first.id()).orElseThrow();
        int segmentFrames = 4 * Preset.PREVIEW.fps();
        assertThat(firstCounts).containsExactly((int) ((frames + segmentFrames - 1) / segmentFrames), 0);

        // One change: the last clip trimmed. Only the segments that show it are drawn again.
        var last = cut.clips().getLast();
        var changed = cuts.edit(project, cut.revision(), new CutEdit.Trim(last.id(), last.inFrame(),
                last.outFrame() - 10));
        int lastStart = changed.starts()[changed.clips().size() - 1] * Preset.PREVIEW.fps() / changed.fps();
        int untouched = lastStart / segmentFrames;
        var second = render();
        long secondFrames = (long) changed.length() * Preset.PREVIEW.fps() / changed.fps();
        int total = (int) ((secondFrames + segmentFrames - 1) / segmentFrames);
        assertThat(second.frames()).isEqualTo(secondFrames);
        assertThat(studio.segments(project, second.id()).orElseThrow()).containsExactly(total - untouched, untouched);

        // Nothing changed since: every segment reused, and only the newest two films kept.
        var third = render();
        assertThat(studio.segments(project, third.id()).orElseThrow()).containsExactly(0, total);
        assertThat(rendering.films(project)).containsExactly(third, second);
        assertThat(media.stat(first.film())).isEmpty();
        assertThat(media.stat(first.srt())).isEmpty();
        assertThat(media.stat(first.vtt())).isEmpty();
        assertThat(media.stat(second.film())).isPresent();

        // A damaged take: the render fails naming its clip; the films stay.
        var now = cuts.current(project);
        var clip = now.clips().get(1);
        var take = cuts.media(project, now).get(clip.id()).file();
        // Named as people know it, by scene and shot (an English project).
        var shot = breakdowns.shot(project, clip.shot()).orElseThrow();
        int scene = breakdowns.scenes(project).stream().filter(s -> s.id().equals(shot.sceneId())).findFirst()
                .orElseThrow().number();
        var label = "Scene " + scene + ", shot " + shot.number();
        var file = context.getBean(MediaSettings.class).folder().resolve(take.path());
        try (var channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(channel.size() / 2);
        }
        heard.events.clear();
        var broken = rendering.request(project, PREVIEW);
        var failed = finished(broken);
        assertThat(failed.state()).isEqualTo(JobState.FAILED);
        assertThat(failed.failure()).isEqualTo(UserMessage.of("render.error.clip", label));
        assertThat(rendering.films(project)).containsExactly(third, second);
        assertThat(media.stat(third.film())).isPresent();
        await().atMost(ofSeconds(10)).untilAsserted(() -> assertThat(heard.events).containsExactly(
                new RenderFailed(project, broken, UserMessage.of("render.error.clip", label),
                        editor.id().value().toString())));
    }

    @Test
    void viewersAndWritersAreRefusedAndEditorsMayRender() {
        var before = rendering.renders(project);
        for (var refused : List.of(viewer, writer)) {
            refused.signIn();
            assertThatExceptionOfType(NotAllowed.class).isThrownBy(() -> rendering.request(project, PREVIEW));
            assertThat(rendering.renders(project)).isEqualTo(before);
        }
        editor.signIn();
        var job = rendering.request(project, PREVIEW);
        assertThat(rendering.renders(project)).extracting(JobStatus::id).containsExactly(new JobId(job.value()));
        rendering.cancel(project, job);
        assertThat(finished(job).state()).isEqualTo(JobState.CANCELLED);
    }

    @Test
    void idsOfAnotherProjectAreRefused() {
        var job = rendering.request(project, PREVIEW);
        owner.signIn();
        var other = context.getBean(ProjectManagement.class).create(
                new NewProject("Elsewhere", "", ScriptLanguage.EN, FORMAT));
        var unknownFilm = FilmId.random();

        assertThatExceptionOfType(NotAllowed.class).isThrownBy(() -> rendering.cancel(other, job));
        assertThatExceptionOfType(NotAllowed.class).isThrownBy(() -> rendering.retry(other, job));
        assertThat(rendering.film(other, unknownFilm)).isEmpty();
        assertThat(rendering.renders(other)).isEmpty();
        viewer.signIn();
        assertThatExceptionOfType(NotAllowed.class).isThrownBy(() -> rendering.films(other));
        assertThatExceptionOfType(NotAllowed.class).isThrownBy(() -> rendering.cancel(project, job));
        editor.signIn();
        rendering.cancel(project, job);
        assertThat(finished(job).state()).isEqualTo(JobState.CANCELLED);
    }

    @Test
    void anEmptyCutIsNotRenderable() {
        owner.signIn();
        var empty = context.getBean(ProjectManagement.class).create(
                new NewProject("Blank", "", ScriptLanguage.EN, FORMAT));

        assertThatExceptionOfType(CutNotRenderable.class).isThrownBy(() -> rendering.request(empty, PREVIEW))
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo("render.error.empty"));
        assertThat(rendering.renders(empty)).isEmpty();
        assertThat(rendering.films(empty)).isEmpty();
    }
}
