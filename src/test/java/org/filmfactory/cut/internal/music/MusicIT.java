package org.filmfactory.cut.internal.music;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.filmfactory.breakdown.Breakdowns;
import org.filmfactory.breakdown.ShotList;
import org.filmfactory.cut.Card;
import org.filmfactory.cut.Clip;
import org.filmfactory.cut.ClipId;
import org.filmfactory.cut.CutSnapshot;
import org.filmfactory.cut.Music;
import org.filmfactory.cut.MusicChoice;
import org.filmfactory.cut.MusicRefused;
import org.filmfactory.cut.Transition;
import org.filmfactory.platform.MediaKey;
import org.filmfactory.platform.MediaRefused;
import org.filmfactory.platform.MediaSettings;
import org.filmfactory.platform.SoundMixer;
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
import org.filmfactory.testsupport.TestSounds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

/** The project's music through {@link Music}: the choice, uploads, the beds and who may do what. */
@StudioTest
@TestPropertySource(properties = "filmfactory.media.max-upload=3MB")
class MusicIT {

    static final String SCRIPT = """
            EXT. HARBOUR - NIGHT

            MIRA runs along the pier, a gun in her hand.

            INT. KITCHEN - DAY

            Tom pours coffee and laughs.
            """;

    @Autowired
    ApplicationContext context;
    @Autowired
    Music music;
    @Autowired
    Breakdowns breakdowns;
    @Autowired
    ScriptEditing scripts;
    @Autowired
    MediaSettings settings;
    @TempDir
    Path folder;

    Actor owner;
    Actor editor;
    Actor viewer;
    Actor outsider;
    ProjectId project;
    CutSnapshot cut;

    @BeforeEach
    void crewScriptAndCut() {
        owner = Actors.create(context, "Olga Owner").signIn();
        project = context.getBean(ProjectManagement.class).create(
                new NewProject("Harbour", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
        var writer = owner.bringOnto(project, ProjectRole.WRITER, "Wang Writer");
        editor = owner.bringOnto(project, ProjectRole.EDITOR, "Edda Editor");
        viewer = owner.bringOnto(project, ProjectRole.VIEWER, "Vera Viewer");
        outsider = Actors.create(context, "Otto Outsider");
        writer.signIn();
        var revision = scripts.save(project, 0, SCRIPT).revision();
        ShotList shots = await().pollInSameThread().atMost(ofSeconds(10))
                .until(() -> breakdowns.shotList(project), s -> s.scriptRevision() == revision);
        var clips = new ArrayList<Clip>();
        for (var shot : shots.shots()) {
            clips.add(new Clip(ClipId.random(), shot.id(), null, 0, 60, Transition.CUT, 0));
        }
        cut = new CutSnapshot(project, 1, 30, 1080, 1920, Card.NONE, clips, Card.NONE, revision, Instant.EPOCH);
        editor.signIn();
    }

    @AfterEach
    void signOut() {
        Actors.signOut();
    }

    @Test
    void theChoiceIsTheDefaultUntilAnEditorChangesItThenEveryoneSeesIt() {
        viewer.signIn();
        assertThat(music.choice(project)).isEqualTo(MusicChoice.DEFAULT);

        editor.signIn();
        music.choose(project, new MusicChoice(MusicChoice.Source.NONE, 5, null, -9));

        viewer.signIn();
        assertThat(music.choice(project)).isEqualTo(new MusicChoice(MusicChoice.Source.NONE, 5, null, -9));
    }

    @Test
    void aViewerCannotChangeTheMusic() {
        viewer.signIn();

        assertThatExceptionOfType(NotAllowed.class)
                .isThrownBy(() -> music.choose(project, new MusicChoice(MusicChoice.Source.NONE, 2, null, -9)));
        assertThatExceptionOfType(NotAllowed.class).isThrownBy(() -> music.upload(project, "tune.wav",
                new ByteArrayInputStream(new byte[] {1}), 1));
        assertThat(music.choice(project)).isEqualTo(MusicChoice.DEFAULT);
    }

    @Test
    void someoneOutsideTheProjectNeitherReadsNorGetsABed() {
        outsider.signIn();

        assertThatExceptionOfType(NotAllowed.class).isThrownBy(() -> music.choice(project));
        assertThatExceptionOfType(NotAllowed.class).isThrownBy(() -> music.bed(project, cut));
    }

    @Test
    void aCutOfAnotherProjectIsRefused() {
        owner.signIn();
        var other = context.getBean(ProjectManagement.class).create(
                new NewProject("Other", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));

        assertThatExceptionOfType(NotAllowed.class).isThrownBy(() -> music.bed(other, cut));
        assertThat(musicFiles(other)).isEmpty();
    }

    @Test
    void uploadingFromChoosingWithoutATrackIsRefused() {
        assertThatExceptionOfType(MusicRefused.class)
                .isThrownBy(() -> music.choose(project, new MusicChoice(MusicChoice.Source.UPLOAD, 1, null, -12)))
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo("cut.music.no-track"));
        assertThat(music.choice(project)).isEqualTo(MusicChoice.DEFAULT);
    }

    @Test
    void aPictureIsRefusedAndNothingChanges() throws IOException {
        var png = Files.readAllBytes(picture());

        assertThatExceptionOfType(MediaRefused.class)
                .isThrownBy(() -> music.upload(project, "cover.png", new ByteArrayInputStream(png), png.length))
                .satisfies(e -> {
                    assertThat(e.messageKey()).isEqualTo("cut.music.not-sound");
                    assertThat(e.arguments()).containsExactly("cover.png");
                });
        assertThat(music.choice(project)).isEqualTo(MusicChoice.DEFAULT);
        assertThat(musicFiles(project)).isEmpty();
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeItIsRead() {
        assertThatExceptionOfType(MediaRefused.class)
                .isThrownBy(() -> music.upload(project, "long.wav", new ByteArrayInputStream(new byte[0]),
                        4L * 1024 * 1024))
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo("media.refused.too-large"));
        assertThat(music.choice(project)).isEqualTo(MusicChoice.DEFAULT);
        assertThat(musicFiles(project)).isEmpty();
    }

    @Test
    void anUploadedTrackBecomesTheBedAtTheFilmsLoudness() throws IOException {
        music.choose(project, new MusicChoice(MusicChoice.Source.SCORE, 4, null, -10));
        var wav = TestSounds.write16BitWav(folder.resolve("tune.wav"), 44_100, 2,
                TestSounds.sine(44_100, 2, 3, 330, 0.1, 0));
        var bytes = Files.readAllBytes(wav);

        var choice = music.upload(project, "My Tune.wav", new ByteArrayInputStream(bytes), bytes.length);

        assertThat(choice).isEqualTo(new MusicChoice(MusicChoice.Source.UPLOAD, 4, "My Tune.wav", -10));
        viewer.signIn();
        assertThat(music.choice(project)).isEqualTo(choice);
        var bed = music.bed(project, cut).orElseThrow();
        var loudness = SoundMixer.measure(file(bed));
        assertThat(loudness.integratedLufs()).isCloseTo(-14.0, within(0.5));
        assertThat(TestSounds.read16BitWav(file(bed)).frames()).isEqualTo(3 * 48_000);
        // the original and its bed
        assertThat(musicFiles(project)).hasSize(2);
    }

    @Test
    void theScoreBedIsMadeOnceForTheSameCutAndSeed() throws IOException {
        viewer.signIn();
        var bed = music.bed(project, cut).orElseThrow();
        var made = musicFiles(project);

        var again = music.bed(project, cut).orElseThrow();

        assertThat(again).isEqualTo(bed);
        assertThat(musicFiles(project)).isEqualTo(made);
        var pcm = TestSounds.read16BitWav(file(bed));
        // the whole cut: its frames at 30 fps in samples at 48 kHz
        assertThat(pcm.frames()).isEqualTo(cut.length() * 1_600);
        assertThat(SoundMixer.measure(file(bed)).integratedLufs()).isCloseTo(-14.0, within(0.5));

        editor.signIn();
        music.choose(project, new MusicChoice(MusicChoice.Source.SCORE, 99, null, -12));
        var another = music.bed(project, cut).orElseThrow();

        assertThat(another).isNotEqualTo(bed);
        assertThat(musicFiles(project)).hasSize(2).containsAllEntriesOf(made);
    }

    @Test
    void noMusicMeansNoBed() {
        music.choose(project, new MusicChoice(MusicChoice.Source.NONE, 1, null, -12));

        assertThat(music.bed(project, cut)).isEmpty();
        assertThat(musicFiles(project)).isEmpty();
    }

    private Path file(MediaKey key) {
        return settings.folder().resolve(key.path());
    }

    /** The files under the project's music folder with their modification times. */
    private Map<String, FileTime> musicFiles(ProjectId id) {
        var dir = settings.folder().resolve("projects").resolve(id.toString()).resolve("music");
        var files = new TreeMap<String, FileTime>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try (Stream<Path> list = Files.list(dir)) {
            for (var path : list.filter(Files::isRegularFile).toList()) {
                if (!path.getFileName().toString().startsWith(".")) {
                    files.put(path.getFileName().toString(), Files.getLastModifiedTime(path));
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return files;
    }

    private Path picture() throws IOException {
        var image = new java.awt.image.BufferedImage(64, 64, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var file = folder.resolve("cover.png");
        javax.imageio.ImageIO.write(image, "png", file.toFile());
        return file;
    }

    static List<String> names(Map<String, FileTime> files) {
        return List.copyOf(files.keySet());
    }
}
