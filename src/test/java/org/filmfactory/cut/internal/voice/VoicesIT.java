package org.filmfactory.cut.internal.voice;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.sound.sampled.AudioSystem;
import org.filmfactory.breakdown.Breakdowns;
import org.filmfactory.breakdown.ShotList;
import org.filmfactory.cut.CastVoice;
import org.filmfactory.cut.Card;
import org.filmfactory.cut.Clip;
import org.filmfactory.cut.ClipId;
import org.filmfactory.cut.CutChangeRefused;
import org.filmfactory.cut.CutSnapshot;
import org.filmfactory.cut.DialogueLine;
import org.filmfactory.cut.Speech;
import org.filmfactory.cut.TimedLine;
import org.filmfactory.cut.Transition;
import org.filmfactory.cut.Voices;
import org.filmfactory.platform.MediaKey;
import org.filmfactory.platform.MediaRefused;
import org.filmfactory.platform.MediaStore;
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

/**
 * The cast's voices on a small script: defaults and choices, the dialogue placed in a hand-made cut (lead-in, gaps,
 * overrun) against the WAVs decoded here, the cache, uploaded recordings, roles and forged ids.
 */
@StudioTest
class VoicesIT {

    static final String SCRIPT = """
            INT. KITCHEN - MORNING

            Maya pours coffee.

            MAYA
            (quietly)
            The train leaves at seven.

            TOM
            Then we should hurry.

            EXT. STREET - MORNING

            They run for the station.

            MAYA
            Too late. It is gone.
            """;
    static final int FPS = 30;
    static final int TITLE = 15;

    @Autowired
    ApplicationContext context;
    @Autowired
    Voices voices;
    @Autowired
    VoiceStore store;
    @Autowired
    Breakdowns breakdowns;
    @Autowired
    ScriptEditing scripts;
    @Autowired
    MediaStore media;
    @TempDir
    Path folder;

    Actor owner;
    Actor editor;
    Actor viewer;
    ProjectId project;
    ShotList shots;

    @BeforeEach
    void crewAndScript() {
        owner = Actors.create(context, "Olga Owner").signIn();
        project = context.getBean(ProjectManagement.class).create(
                new NewProject("Late Train", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
        editor = owner.bringOnto(project, ProjectRole.EDITOR, "Edda Editor");
        viewer = owner.bringOnto(project, ProjectRole.VIEWER, "Vera Viewer");
        owner.signIn();
        var revision = scripts.save(project, 0, SCRIPT).revision();
        shots = await().pollInSameThread().atMost(ofSeconds(10))
                .until(() -> breakdowns.shotList(project), s -> s.scriptRevision() == revision);
        editor.signIn();
    }

    @AfterEach
    void signOut() {
        Actors.signOut();
    }

    @Test
    void castSpeaksWithDefaultsUntilAVoiceIsChosenAndRemembered() {
        assertThat(voices.cast(project)).containsExactly(
                new CastVoice("MAYA", Speech.defaultVoice("MAYA", java.util.Locale.ENGLISH), false),
                new CastVoice("TOM", Speech.defaultVoice("TOM", java.util.Locale.ENGLISH), false));

        voices.choose(project, "TOM", "espeak:en-gb+m7");

        viewer.signIn();
        assertThat(voices.cast(project)).containsExactly(
                new CastVoice("MAYA", Speech.defaultVoice("MAYA", java.util.Locale.ENGLISH), false),
                new CastVoice("TOM", "espeak:en-gb+m7", true));
        assertThat(voices.options(project)).extracting(o -> o.id())
                .contains("espeak:en-us", "espeak:en-us+f5", "espeak:en-gb+m7").doesNotContain("espeak:cmn");
    }

    @Test
    void onlyEditorsAndOwnersChooseAndOnlyOfferedVoicesForSpeakingCharacters() {
        viewer.signIn();
        assertThatExceptionOfType(NotAllowed.class).isThrownBy(() -> voices.choose(project, "TOM", "espeak:en-us"))
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo("project.error.not-allowed.edit-cut"));
        editor.signIn();
        assertThatExceptionOfType(CutChangeRefused.class)
                .isThrownBy(() -> voices.choose(project, "NOBODY", "espeak:en-us"))
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo("cut.error.voice"));
        assertThatExceptionOfType(CutChangeRefused.class)
                .isThrownBy(() -> voices.choose(project, "TOM", "espeak:fr"))
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo("cut.error.voice"));
        assertThatExceptionOfType(CutChangeRefused.class)
                .isThrownBy(() -> voices.choose(project, "TOM", "api:alloy"))
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo("cut.error.voice"));

        Actors.create(context, "Sam Stranger").signIn();
        assertThatExceptionOfType(NotAllowed.class).isThrownBy(() -> voices.cast(project));
        assertThatExceptionOfType(NotAllowed.class).isThrownBy(() -> voices.choose(project, "TOM", "espeak:en-us"));

        owner.signIn();
        assertThat(voices.cast(project)).extracting(CastVoice::chosen).containsExactly(false, false);
    }

    @Test
    void linesArePlacedFromEachClipsStartWithLeadInAndGapsAndFlaggedWhenTheyRunOver() throws Exception {
        assertThat(shots.shots()).hasSizeGreaterThanOrEqualTo(2);
        var lines = breakdowns.scriptLines(project, shots.shots());
        // Every shot in script order, 400 frames each but the first one with dialogue, only 50 frames long so its
        // dialogue runs over.
        int firstSpeaking = 0;
        while (lines.get(shots.shots().get(firstSpeaking).id()).stream()
                .noneMatch(line -> line.kind() == org.filmfactory.breakdown.ScriptLine.Kind.DIALOGUE)) {
            firstSpeaking++;
        }
        var clips = new ArrayList<Clip>();
        for (int i = 0; i < shots.shots().size(); i++) {
            clips.add(new Clip(ClipId.random(), shots.shots().get(i).id(), null, 0, i == firstSpeaking ? 50 : 400,
                    Transition.CUT, 0));
        }
        var cut = new CutSnapshot(project, 7, FPS, 1080, 1920, new Card("Late Train", "#000000", "#ffffff", TITLE),
                clips, Card.NONE, 1, Instant.EPOCH);

        var timed = voices.timedLines(project, cut);

        assertThat(timed).extracting(TimedLine::character, TimedLine::text).containsExactly(
                tuple("MAYA", "The train leaves at seven."),
                tuple("TOM", "Then we should hurry."),
                tuple("MAYA", "Too late. It is gone."));
        var starts = cut.starts();
        int previousEnd = -1;
        ClipId previousClip = null;
        for (var line : timed) {
            int index = clips.indexOf(clips.stream().filter(c -> c.id().equals(line.clip())).findFirst().orElseThrow());
            var clip = clips.get(index);
            assertThat(line.shot()).isEqualTo(clip.shot());
            assertThat(lines.get(clip.shot())).extracting(l -> l.text()).contains(line.text());
            assertThat(line.frames()).as(line.text()).isEqualTo(framesOf(line.audio()));
            int expectedStart = line.clip().equals(previousClip) ? previousEnd + 6 : starts[index] + 6;
            assertThat(line.startFrame()).as(line.text()).isEqualTo(expectedStart);
            assertThat(line.overrun()).as(line.text())
                    .isEqualTo(line.startFrame() + line.frames() > starts[index] + clip.frames());
            assertThat(line.lineKey()).isEqualTo(LineKeys.line(line.character(), line.text()));
            assertThat(line.audio().path()).isEqualTo("projects/" + project + "/voices/"
                    + LineKeys.made(voices.cast(project).stream().filter(c -> c.character().equals(line.character()))
                            .findFirst().orElseThrow().voice(), line.character(), line.text()) + ".wav");
            previousEnd = line.startFrame() + line.frames();
            previousClip = line.clip();
        }
        // The first speaking clip starts after the 15-frame title card and the 400-frame clips before it, and is 50
        // frames long: its first line starts 6 frames in and, at over a second, ends past the clip.
        assertThat(timed.getFirst().startFrame()).isEqualTo(15 + 400 * firstSpeaking + 6);
        assertThat(timed.getFirst().overrun()).isTrue();
        assertThat(timed.getLast().overrun()).isFalse();

        int made = store.madeCount(project);
        long usage = media.usage("projects/" + project);
        assertThat(made).isEqualTo(3);

        assertThat(voices.timedLines(project, cut)).isEqualTo(timed);
        assertThat(store.madeCount(project)).isEqualTo(made);
        assertThat(media.usage("projects/" + project)).isEqualTo(usage);

        // Another voice for Tom misses the cache for his line only.
        voices.choose(project, "TOM", "espeak:en-gb+f4");
        var again = voices.timedLines(project, cut);
        assertThat(store.madeCount(project)).isEqualTo(made + 1);
        assertThat(again.get(0)).isEqualTo(timed.get(0));
        assertThat(again.get(1).audio()).isNotEqualTo(timed.get(1).audio());
    }

    @Test
    void aRecordingReplacesTheMadeVoiceOfItsLine() throws Exception {
        var line = voices.lines(project).get(1);
        assertThat(line).isEqualTo(new DialogueLine(LineKeys.line("TOM", "Then we should hurry."), "TOM",
                "Then we should hurry.", null));
        var wav = folder.resolve("tom.wav");
        Speech.speak("Then we should hurry, really hurry, right now, before the train leaves.", "espeak:en-us+m2", wav);
        var bytes = Files.readAllBytes(wav);

        voices.uploadLine(project, line.lineKey(), "tom take 3.wav", new ByteArrayInputStream(bytes), bytes.length);

        var recorded = voices.lines(project).get(1).recording();
        assertThat(recorded).isNotNull();
        assertThat(recorded.path()).startsWith("projects/" + project + "/voices/upload-").endsWith(".wav");
        var cut = new CutSnapshot(project, 1, FPS, 1080, 1920, Card.NONE, shots.shots().stream()
                .map(shot -> new Clip(ClipId.random(), shot.id(), null, 0, 900, Transition.CUT, 0)).toList(),
                Card.NONE, 1, Instant.EPOCH);
        var tom = voices.timedLines(project, cut).get(1);
        assertThat(tom.audio()).isEqualTo(recorded);
        assertThat(tom.frames()).isEqualTo(framesOf(recorded));
    }

    @Test
    void uploadsThatAreNotSoundAreRefusedAndChangeNothing() throws Exception {
        var line = voices.lines(project).getFirst();
        long usage = media.usage("projects/" + project);
        var picture = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB), "png", picture);
        var png = picture.toByteArray();

        assertThatExceptionOfType(MediaRefused.class)
                .isThrownBy(() -> voices.uploadLine(project, line.lineKey(), "maya.png",
                        new ByteArrayInputStream(png), png.length))
                .satisfies(e -> {
                    assertThat(e.messageKey()).isEqualTo("cut.voice.refused.not-sound");
                    assertThat(e.arguments()).containsExactly("maya.png");
                });
        var wav = folder.resolve("maya.wav");
        Speech.speak("The train leaves at seven.", "espeak:en-us", wav);
        var truncated = java.util.Arrays.copyOf(Files.readAllBytes(wav), 30);
        assertThatExceptionOfType(MediaRefused.class)
                .isThrownBy(() -> voices.uploadLine(project, line.lineKey(), "maya.wav",
                        new ByteArrayInputStream(truncated), truncated.length))
                .satisfies(e -> {
                    assertThat(e.messageKey()).isEqualTo("media.refused.unknown-type");
                    assertThat(e.arguments()).containsExactly("maya.wav");
                });
        assertThatExceptionOfType(MediaRefused.class)
                .isThrownBy(() -> voices.uploadLine(project, line.lineKey(), "empty.wav",
                        new ByteArrayInputStream(new byte[0]), 0))
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo("media.refused.empty"));

        assertThat(voices.lines(project).getFirst().recording()).isNull();
        assertThat(media.usage("projects/" + project)).isEqualTo(usage);
    }

    @Test
    void uploadsNeedTheCutRoleAndALineOfThisProject() throws Exception {
        var wav = folder.resolve("line.wav");
        Speech.speak("Too late.", "espeak:en-us", wav);
        var bytes = Files.readAllBytes(wav);
        var line = voices.lines(project).getFirst();

        viewer.signIn();
        assertThatExceptionOfType(NotAllowed.class).isThrownBy(() -> voices.uploadLine(project, line.lineKey(),
                "a.wav", new ByteArrayInputStream(bytes), bytes.length));

        editor.signIn();
        for (var forged : List.of("0".repeat(32), "../../etc/passwd", LineKeys.line("MAYA", "Not in the script."))) {
            assertThatExceptionOfType(NotAllowed.class).isThrownBy(() -> voices.uploadLine(project, forged,
                    "a.wav", new ByteArrayInputStream(bytes), bytes.length));
        }
        var other = context.getBean(ProjectManagement.class).create(
                new NewProject("Other", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
        assertThatExceptionOfType(NotAllowed.class).isThrownBy(() -> voices.uploadLine(other, line.lineKey(),
                "a.wav", new ByteArrayInputStream(bytes), bytes.length));
        var otherCut = new CutSnapshot(other, 1, FPS, 1080, 1920, Card.NONE, List.of(), Card.NONE, 0, Instant.EPOCH);
        assertThatExceptionOfType(NotAllowed.class).isThrownBy(() -> voices.timedLines(project, otherCut));

        assertThat(voices.lines(project)).extracting(DialogueLine::recording).containsOnlyNulls();
    }

    /** The frames a stored WAV lasts at 30 fps, decoded here. */
    private int framesOf(MediaKey key) throws Exception {
        var local = folder.resolve(key.fileName());
        media.copyTo(key, local);
        try (var in = AudioSystem.getAudioInputStream(local.toFile())) {
            long samples = in.getFrameLength();
            long millis = samples * 1000 / (long) in.getFormat().getSampleRate();
            return (int) ((millis * FPS + 999) / 1000);
        }
    }
}
