package org.filmfactory.cut.ui;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.Command;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import org.filmfactory.breakdown.Breakdowns;
import org.filmfactory.cut.Card;
import org.filmfactory.cut.Clip;
import org.filmfactory.cut.ClipId;
import org.filmfactory.cut.CutSnapshot;
import org.filmfactory.cut.Music;
import org.filmfactory.cut.MusicChoice;
import org.filmfactory.cut.Transition;
import org.filmfactory.platform.Translations;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectAccess;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ProjectRole;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.screenplay.ScriptEditing;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.Actors.Actor;
import org.filmfactory.testsupport.StandaloneUi;
import org.filmfactory.testsupport.StudioTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.util.unit.DataSize;

/** The music panel as a component over the real music service. */
@StudioTest
class MusicPanelIT {

    @Autowired
    ApplicationContext context;
    @Autowired
    Music music;
    @Autowired
    ProjectAccess access;
    @Autowired
    Translations translations;
    @Autowired
    Breakdowns breakdowns;

    Actor editor;
    Actor viewer;
    ProjectId project;
    CutSnapshot cut;
    LockedUi ui;

    /**
     * A UI held by a request: what a background thread hands it with {@code access} waits, as it does for the
     * session's lock, until the test lets it run.
     */
    static final class LockedUi extends UI {
        final List<Command> waiting = new CopyOnWriteArrayList<>();

        @Override
        public Future<Void> access(Command command) {
            waiting.add(command);
            return CompletableFuture.completedFuture(null);
        }

        /** The lock is free: what waited runs, in order. */
        void release() {
            var now = List.copyOf(waiting);
            waiting.clear();
            now.forEach(Command::execute);
        }
    }

    @BeforeEach
    void crewAndCut() {
        ui = StandaloneUi.create(Locale.ENGLISH, new LockedUi());
        var owner = Actors.create(context, "Olga Owner").signIn();
        project = context.getBean(ProjectManagement.class).create(
                new NewProject("Harbour", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
        editor = owner.bringOnto(project, ProjectRole.EDITOR, "Edda Editor");
        viewer = owner.bringOnto(project, ProjectRole.VIEWER, "Vera Viewer");
        owner.signIn();
        var revision = context.getBean(ScriptEditing.class)
                .save(project, 0, "EXT. FIELD - DAY\n\nWheat sways.\n").revision();
        var shots = await().pollInSameThread().atMost(ofSeconds(10))
                .until(() -> breakdowns.shotList(project), s -> s.scriptRevision() == revision);
        var clips = new ArrayList<Clip>();
        for (var shot : shots.shots()) {
            clips.add(new Clip(ClipId.random(), shot.id(), null, 0, 45, Transition.CUT, 0));
        }
        cut = new CutSnapshot(project, 1, 30, 1080, 1920, Card.NONE, clips, Card.NONE, revision, Instant.EPOCH);
        editor.signIn();
    }

    @AfterEach
    void signOut() {
        Actors.signOut();
        UI.setCurrent(null);
    }

    /** A panel whose previews are made on the calling thread. */
    private MusicPanel panel() {
        return panel(Runnable::run);
    }

    private MusicPanel panel(Executor background) {
        return new MusicPanel(music, access, translations, Locale.ENGLISH, project, () -> cut, DataSize.ofMegabytes(5),
                background);
    }

    @Test
    void anotherTuneStoresTheNextSeed() {
        var panel = panel();
        assertThat(panel.shown()).isEqualTo(MusicChoice.DEFAULT);

        panel.another.click();

        assertThat(music.choice(project)).isEqualTo(new MusicChoice(MusicChoice.Source.SCORE, 2, null, -12));
        assertThat(panel.shown()).isEqualTo(music.choice(project));
    }

    @Test
    void aRefusedUploadIsShownBesideTheControlsAndChangesNothing() throws IOException {
        var panel = panel();
        var png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB), "png", png);

        var failure = panel.receive("cover.png", new ByteArrayInputStream(png.toByteArray()), png.size());
        panel.afterUpload(failure);

        assertThat(panel.problem())
                .isEqualTo("cover.png is not a sound track. Upload MP3, WAV, M4A, AAC, OGG or FLAC.");
        assertThat(music.choice(project)).isEqualTo(MusicChoice.DEFAULT);
    }

    @Test
    void thePreviewPlaysTheBedOrSaysThereIsNone() {
        var panel = panel();

        panel.preview();
        ui.release();
        var bed = music.bed(project, cut).orElseThrow();
        assertThat(panel.previewSource()).isEqualTo("/media/" + bed.path());

        music.choose(project, new MusicChoice(MusicChoice.Source.NONE, 1, null, -12));
        panel.preview();
        ui.release();
        assertThat(panel.previewSource()).isNull();
        assertThat(panel.problem()).isEqualTo("No music: the film has only its voices.");
    }

    @Test
    void thePreviewIsMadeOffTheScreensLockWhichAnswersMeanwhileAndShowsItWhenReady() throws InterruptedException {
        var made = new ArrayList<Runnable>();
        var panel = panel(made::add);

        panel.preview();
        // The click returns before anything is made: the screen says it is making the preview.
        assertThat(made).hasSize(1);
        assertThat(List.of(panel.making.isVisible(), panel.preview.isEnabled())).containsExactly(true, false);
        assertThat(panel.previewSource()).isNull();

        // Another request is answered while the preview is still to be made.
        panel.another.click();
        assertThat(music.choice(project)).isEqualTo(new MusicChoice(MusicChoice.Source.SCORE, 2, null, -12));
        assertThat(panel.shown()).isEqualTo(music.choice(project));

        // Made on a thread of its own (which knows who asked), it touches the screen only through access.
        var thread = new Thread(made.getFirst());
        thread.start();
        thread.join();
        assertThat(ui.waiting).hasSize(1);
        assertThat(List.of(panel.making.isVisible(), panel.preview.isEnabled())).containsExactly(true, false);
        assertThat(panel.previewSource()).isNull();

        ui.release();
        var bed = music.bed(project, cut).orElseThrow();
        assertThat(panel.previewSource()).isEqualTo("/media/" + bed.path());
        assertThat(List.of(panel.making.isVisible(), panel.preview.isEnabled())).containsExactly(false, true);
        assertThat(panel.problem()).isEmpty();
    }

    @Test
    void aViewerSeesTheMusicButCannotChangeIt() {
        viewer.signIn();

        var panel = panel();

        assertThat(List.of(panel.source.isReadOnly(), panel.gain.isReadOnly(), panel.another.isEnabled()))
                .containsExactly(true, true, false);
        assertThat(panel.shown()).isEqualTo(MusicChoice.DEFAULT);
    }
}
