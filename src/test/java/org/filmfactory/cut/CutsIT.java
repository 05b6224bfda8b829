package org.filmfactory.cut;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.filmfactory.breakdown.Breakdowns;
import org.filmfactory.breakdown.Shot;
import org.filmfactory.breakdown.ShotId;
import org.filmfactory.breakdown.ShotList;
import org.filmfactory.platform.UserFacingException;
import org.filmfactory.platform.VideoEncoder;
import org.filmfactory.platform.VideoFormat;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.NotAllowed;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ProjectRole;
import org.filmfactory.project.ProjectSection;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.screenplay.ScriptEditing;
import org.filmfactory.take.TakeGeneration;
import org.filmfactory.take.TakeView;
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
 * The cut of a real script with real takes, through the facade: the first cut, every kind of edit and its checks,
 * stale edits rebased or refused with nothing changed, undo and redo per person, versions, the shot list and the
 * selected takes followed, changed shots, and who may do what — including forged ids of another project.
 */
@StudioTest
class CutsIT {

    static final String SCRIPT = """
            INT. POST OFFICE - NIGHT

            Fluorescent light. An old clerk, TOMAS, locks the counter drawer.

            MAYA
            One letter. Registered. It has to go tonight.

            EXT. HARBOUR ROAD - NIGHT

            The rain stops all at once.
            """;
    static final String MORE = """

            INT. LIGHTHOUSE - NIGHT

            The lamp turns over the black water.
            """;
    /** The first take: 12 frames at the project's 30 fps. */
    static final int FRAMES = 12;
    /** Another take: 10 frames at 15 fps, 20 frames at the project's rate. */
    static final int SLOW_FRAMES = 10;

    @Autowired
    ApplicationContext context;
    @Autowired
    Cuts cuts;
    @Autowired
    TakeGeneration takes;
    @Autowired
    Breakdowns breakdowns;
    @Autowired
    ScriptEditing scripts;
    @TempDir
    Path folder;

    Path clip;
    Path slowClip;
    Actor owner;
    Actor writer;
    Actor editor;
    Actor viewer;
    Actor director;
    Actor secondEditor;
    ProjectId project;
    ShotList shots;
    TakeView take0;
    TakeView take1;

    @BeforeEach
    void crewScriptAndTakes() throws IOException {
        clip = encode("clip.mp4", new VideoFormat(272, 480, 30), FRAMES);
        slowClip = encode("slow.mp4", new VideoFormat(272, 480, 15), SLOW_FRAMES);
        owner = Actors.create(context, "Olga Owner").signIn();
        project = context.getBean(ProjectManagement.class).create(
                new NewProject("Rain City", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
        writer = owner.bringOnto(project, ProjectRole.WRITER, "Wang Writer");
        editor = owner.bringOnto(project, ProjectRole.EDITOR, "Edda Editor");
        secondEditor = owner.bringOnto(project, ProjectRole.EDITOR, "Emil Editor");
        viewer = owner.bringOnto(project, ProjectRole.VIEWER, "Vera Viewer");
        director = owner.bringOnto(project, ProjectRole.DIRECTOR, "Dario Director");
        shots = save(0, SCRIPT);
        assertThat(shots.shots()).hasSizeGreaterThanOrEqualTo(3);
        director.signIn();
        take0 = upload(project, shot(0).id(), clip);
        take1 = upload(project, shot(1).id(), slowClip);
        editor.signIn();
    }

    @AfterEach
    void signOut() {
        Actors.signOut();
    }

    private Path encode(String name, VideoFormat format, int frames) throws IOException {
        var file = folder.resolve(name);
        context.getBean(VideoEncoder.class).encode(format, frames, (g, frame) -> {
            g.setColor(java.awt.Color.DARK_GRAY);
            g.fillRect(0, 0, format.width(), format.height());
        }, file, percent -> { }, () -> false);
        return file;
    }

    private ShotList save(long base, String text) {
        writer.signIn();
        var revision = scripts.save(project, base, text).revision();
        var list = await().pollInSameThread().atMost(ofSeconds(10))
                .until(() -> breakdowns.shotList(project), s -> s.scriptRevision() == revision);
        editor.signIn();
        return list;
    }

    private Shot shot(int index) {
        return shots.shots().get(index);
    }

    private TakeView upload(ProjectId into, ShotId shot, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return takes.upload(into, shot, file.getFileName().toString(), in, Files.size(file));
        }
    }

    private static int frames(Shot shot) {
        return (int) Math.round(shot.duration().toMillis() * 30 / 1000.0);
    }

    private static Clip clip(CutSnapshot cut, ClipId id) {
        return cut.clips().stream().filter(clip -> clip.id().equals(id)).findFirst().orElseThrow();
    }

    private ClipId clipOf(CutSnapshot cut, int index) {
        return cut.clips().get(index).id();
    }

    private static void refused(Class<? extends UserFacingException> type, String key, Runnable call,
            Object... arguments) {
        assertThatExceptionOfType(type).isThrownBy(call::run)
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo(key))
                .satisfies(e -> assertThat(e.arguments()).containsExactly(arguments));
    }

    // ------------------------------------------------------------------------------------------------- first cut

    @Test
    void firstCutHasEveryShotInScriptOrderWithItsSelectedTakeWhole() {
        var cut = cuts.current(project);

        assertThat(cut.revision()).isEqualTo(1);
        assertThat(List.of(cut.fps(), cut.width(), cut.height())).containsExactly(30, 1080, 1920);
        assertThat(cut.title()).isEqualTo(Card.NONE);
        assertThat(cut.end()).isEqualTo(Card.NONE);
        assertThat(cut.scriptRevision()).isEqualTo(shots.scriptRevision());
        assertThat(cut.clips()).extracting(Clip::shot)
                .containsExactlyElementsOf(shots.shots().stream().map(Shot::id).toList());
        assertThat(cut.clips().get(0)).extracting(Clip::take, Clip::inFrame, Clip::outFrame, Clip::transition,
                Clip::transitionFrames).containsExactly(take0.id(), 0, FRAMES, Transition.CUT, 0);
        // 10 frames at 15 fps are 20 frames at the project's 30.
        assertThat(cut.clips().get(1)).extracting(Clip::take, Clip::inFrame, Clip::outFrame)
                .containsExactly(take1.id(), 0, 20);
        for (int i = 2; i < shots.shots().size(); i++) {
            assertThat(cut.clips().get(i)).extracting(Clip::take, Clip::inFrame, Clip::outFrame)
                    .containsExactly(null, 0, frames(shot(i)));
        }
        assertThat(cut.clips()).extracting(Clip::id).doesNotHaveDuplicates();
        // Read again, the same cut: it is stored, not made anew.
        viewer.signIn();
        assertThat(cuts.current(project)).isEqualTo(cut);
    }

    @Test
    void mediaNamesEachClipsTakeFile() {
        var cut = cuts.current(project);
        var media = cuts.media(project, cut);

        assertThat(media.keySet()).containsExactlyInAnyOrder(clipOf(cut, 0), clipOf(cut, 1));
        var first = media.get(clipOf(cut, 0));
        assertThat(first.file().path()).isEqualTo("projects/" + project + "/takes/" + take0.id() + "/clip.mp4");
        assertThat(List.of(first.fps(), (int) first.frames(), first.width(), first.height()))
                .containsExactly(30, FRAMES, 272, 480);
        assertThat(first.identity()).isEqualTo(take0.id().toString());
        assertThat(media.get(clipOf(cut, 1)).fps()).isEqualTo(15);
    }

    @Test
    void theCutTabComesAfterTheStoryboard() {
        var section = context.getBeansOfType(ProjectSection.class).values().stream()
                .filter(s -> s.titleKey().equals("cut.section.title")).findFirst().orElseThrow();
        assertThat(section.order()).isEqualTo(40);
        assertThat(section.path(project)).isEqualTo("projects/" + project + "/cut");
    }

    // ------------------------------------------------------------------------------------------------ edit kinds

    @Test
    void everyKindOfEditChangesTheCutAsAsked() {
        var cut = cuts.current(project);
        var a = clipOf(cut, 0);
        var b = clipOf(cut, 1);
        var c = clipOf(cut, 2);

        cut = cuts.edit(project, cut.revision(), new CutEdit.Trim(a, 2, 10));
        assertThat(cut.revision()).isEqualTo(2);
        assertThat(cut.clips().get(0)).extracting(Clip::inFrame, Clip::outFrame).containsExactly(2, 10);

        cut = cuts.edit(project, cut.revision(), new CutEdit.ChangeTransition(b, Transition.CROSSFADE, 6));
        assertThat(cut.clips().get(1)).extracting(Clip::transition, Clip::transitionFrames)
                .containsExactly(Transition.CROSSFADE, 6);
        assertThat(cut.starts()[1]).isEqualTo(8 - 6);

        cut = cuts.edit(project, cut.revision(), new CutEdit.Split(b, 12));
        assertThat(cut.clips()).hasSize(shots.shots().size() + 1);
        assertThat(cut.clips().get(1)).extracting(Clip::id, Clip::inFrame, Clip::outFrame, Clip::transition)
                .containsExactly(b, 0, 12, Transition.CROSSFADE);
        var half = cut.clips().get(2);
        assertThat(half).extracting(Clip::shot, Clip::take, Clip::inFrame, Clip::outFrame, Clip::transition)
                .containsExactly(shot(1).id(), take1.id(), 12, 20, Transition.CUT);

        cut = cuts.edit(project, cut.revision(), new CutEdit.Move(c, 0));
        assertThat(cut.clips()).extracting(Clip::id).startsWith(c, a, b, half.id());
        cut = cuts.edit(project, cut.revision(), new CutEdit.Move(c, 99));
        assertThat(cut.clips().getLast().id()).isEqualTo(c);

        cut = cuts.edit(project, cut.revision(), new CutEdit.RippleDelete(half.id()));
        assertThat(cut.clips()).extracting(Clip::id).doesNotContain(half.id()).startsWith(a, b);

        var title = new Card("Rain City\n雨城", "#101820", "#f2aa4c", 45);
        var end = new Card("The End", "#000000", "#ffffff", 30);
        cut = cuts.edit(project, cut.revision(), new CutEdit.ChangeTitleCard(title));
        cut = cuts.edit(project, cut.revision(), new CutEdit.ChangeEndCard(end));
        assertThat(cut.title()).isEqualTo(title);
        assertThat(cut.end()).isEqualTo(end);
        assertThat(cut.starts()[0]).isEqualTo(45);

        cut = cuts.edit(project, cut.revision(), new CutEdit.UseTake(a, null));
        assertThat(cut.clips().get(0)).extracting(Clip::take, Clip::inFrame, Clip::outFrame)
                .containsExactly(null, 2, 10);
        assertThat(cut.revision()).isEqualTo(10);
        assertThat(cuts.current(project)).isEqualTo(cut);
    }

    @Test
    void anotherTakeOfTheShotKeepsTheTrimWhenItFitsAndClampsItWhenNot() throws IOException {
        director.signIn();
        var longer = upload(project, shot(0).id(), slowClip);
        editor.signIn();
        var cut = cuts.current(project);
        var a = clipOf(cut, 0);
        cut = cuts.edit(project, cut.revision(), new CutEdit.Trim(a, 3, 9));

        cut = cuts.edit(project, cut.revision(), new CutEdit.UseTake(a, longer.id()));
        assertThat(cut.clips().get(0)).extracting(Clip::take, Clip::inFrame, Clip::outFrame)
                .containsExactly(longer.id(), 3, 9);
        cut = cuts.edit(project, cut.revision(), new CutEdit.Trim(a, 4, 20));
        cut = cuts.edit(project, cut.revision(), new CutEdit.UseTake(a, take0.id()));
        assertThat(cut.clips().get(0)).extracting(Clip::take, Clip::inFrame, Clip::outFrame)
                .containsExactly(take0.id(), 4, FRAMES);
    }

    @Test
    void editsThatDoNotFitAreRefusedAndChangeNothing() {
        var cut = cuts.current(project);
        var a = clipOf(cut, 0);
        var b = clipOf(cut, 1);
        var c = clipOf(cut, 2);
        long revision = cut.revision();

        refused(CutChangeRefused.class, "cut.error.trim", () -> cuts.edit(project, revision,
                new CutEdit.Trim(a, 0, FRAMES + 1)), 0, FRAMES + 1, FRAMES);
        refused(CutChangeRefused.class, "cut.error.trim", () -> cuts.edit(project, revision,
                new CutEdit.Trim(a, 5, 5)), 5, 5, FRAMES);
        refused(CutChangeRefused.class, "cut.error.trim", () -> cuts.edit(project, revision,
                new CutEdit.Trim(a, -1, 5)), -1, 5, FRAMES);
        refused(CutChangeRefused.class, "cut.error.transition", () -> cuts.edit(project, revision,
                new CutEdit.ChangeTransition(b, Transition.CROSSFADE, FRAMES + 1)), FRAMES + 1, FRAMES);
        refused(CutChangeRefused.class, "cut.error.transition", () -> cuts.edit(project, revision,
                new CutEdit.ChangeTransition(b, Transition.DIP_TO_BLACK, 0)), 0, FRAMES);
        refused(CutChangeRefused.class, "cut.error.transition", () -> cuts.edit(project, revision,
                new CutEdit.ChangeTransition(b, Transition.CUT, 4)), 4, FRAMES);
        refused(CutChangeRefused.class, "cut.error.split", () -> cuts.edit(project, revision,
                new CutEdit.Split(a, 0)), 0, FRAMES);
        refused(CutChangeRefused.class, "cut.error.split", () -> cuts.edit(project, revision,
                new CutEdit.Split(a, FRAMES)), FRAMES, FRAMES);
        refused(CutChangeRefused.class, "cut.error.take", () -> cuts.edit(project, revision,
                new CutEdit.UseTake(c, take0.id())));
        refused(CutChangeRefused.class, "cut.error.card", () -> cuts.edit(project, revision,
                new CutEdit.ChangeTitleCard(new Card("Too long", "#000000", "#ffffff", 30 * 61))));
        refused(CutChangeRefused.class, "cut.error.card", () -> new Card("x".repeat(201), "#000000", "#ffffff", 30));
        refused(CutChangeRefused.class, "cut.error.card", () -> new Card("Red", "red", "#ffffff", 30));
        refused(CutChangeRefused.class, "cut.error.clip-gone", () -> cuts.edit(project, revision,
                new CutEdit.Trim(ClipId.random(), 0, 2)));
        refused(CutChangeRefused.class, "cut.error.revision", () -> cuts.edit(project, revision + 1,
                new CutEdit.Trim(a, 0, 2)), revision + 1, revision);

        assertThat(cuts.current(project)).isEqualTo(cut);
    }

    @Test
    void aTrimThatLeavesNoRoomForTheNextCrossfadeIsRefused() {
        var cut = cuts.current(project);
        var a = clipOf(cut, 0);
        var b = clipOf(cut, 1);
        cut = cuts.edit(project, cut.revision(), new CutEdit.ChangeTransition(b, Transition.CROSSFADE, 8));
        long revision = cut.revision();

        refused(CutChangeRefused.class, "cut.error.trim-transition", () -> cuts.edit(project, revision,
                new CutEdit.Trim(a, 0, 7)), 7);
        assertThat(cuts.current(project)).isEqualTo(cut);
    }

    // ------------------------------------------------------------------------------------------- stale edits

    @Test
    void aStaleEditOfAnotherClipIsRebasedOnTheNewestCut() {
        var cut = cuts.current(project);
        var a = clipOf(cut, 0);
        var c = clipOf(cut, 2);
        long seen = cut.revision();
        secondEditor.signIn();
        cuts.edit(project, seen, new CutEdit.Move(c, 0));

        editor.signIn();
        var after = cuts.edit(project, seen, new CutEdit.Trim(a, 1, 11));

        assertThat(after.revision()).isEqualTo(3);
        assertThat(after.clips()).extracting(Clip::id).startsWith(c, a);
        assertThat(after.clips().get(1)).extracting(Clip::inFrame, Clip::outFrame).containsExactly(1, 11);
    }

    @Test
    void aStaleEditOfAClipSomeoneDeletedIsRefusedAndChangesNothing() {
        var cut = cuts.current(project);
        var a = clipOf(cut, 0);
        long seen = cut.revision();
        secondEditor.signIn();
        var deleted = cuts.edit(project, seen, new CutEdit.RippleDelete(a));

        editor.signIn();
        refused(CutChangeRefused.class, "cut.error.clip-gone", () -> cuts.edit(project, seen,
                new CutEdit.Trim(a, 1, 11)));
        assertThat(cuts.current(project)).isEqualTo(deleted);
    }

    @Test
    void aStaleEditOfWhatSomeoneElseChangedSinceIsRefusedNotWrittenOver() {
        var cut = cuts.current(project);
        var a = clipOf(cut, 0);
        long seen = cut.revision();
        secondEditor.signIn();
        var theirs = cuts.edit(project, seen, new CutEdit.Trim(a, 2, 8));

        editor.signIn();
        refused(CutChangeRefused.class, "cut.error.changed-since", () -> cuts.edit(project, seen,
                new CutEdit.Trim(a, 1, 11)));
        assertThat(cuts.current(project)).isEqualTo(theirs);
        // Made on the newest cut, the same trim is taken.
        assertThat(cuts.edit(project, theirs.revision(), new CutEdit.Trim(a, 1, 11)).clips().get(0))
                .extracting(Clip::inFrame, Clip::outFrame).containsExactly(1, 11);
    }

    // --------------------------------------------------------------------------------------------- undo, redo

    @Test
    void undoAndRedoTakeBackOnlyTheSignedInPersonsOwnEdits() {
        var cut = cuts.current(project);
        var a = clipOf(cut, 0);
        var b = clipOf(cut, 1);
        var c = clipOf(cut, 2);
        cut = cuts.edit(project, cut.revision(), new CutEdit.Trim(a, 2, 10));
        secondEditor.signIn();
        cut = cuts.edit(project, cut.revision(), new CutEdit.Move(c, 0));
        editor.signIn();
        cut = cuts.edit(project, cut.revision(), new CutEdit.Split(b, 5));

        cut = cuts.undo(project);
        assertThat(cut.clips()).extracting(Clip::id).containsExactly(orderWith(c, a, b));
        assertThat(cut.clips().get(2)).extracting(Clip::inFrame, Clip::outFrame).containsExactly(0, 20);
        cut = cuts.undo(project);
        assertThat(cut.clips().get(1)).extracting(Clip::id, Clip::inFrame, Clip::outFrame)
                .containsExactly(a, 0, FRAMES);
        assertThat(cut.clips().getFirst().id()).isEqualTo(c);
        long revision = cut.revision();
        assertThat(cuts.undo(project).revision()).as("nothing more of mine to take back").isEqualTo(revision);

        cut = cuts.redo(project);
        assertThat(cut.clips().get(1)).extracting(Clip::id, Clip::inFrame, Clip::outFrame).containsExactly(a, 2, 10);
        cut = cuts.redo(project);
        assertThat(cut.clips()).hasSize(shots.shots().size() + 1);
        assertThat(cut.clips().get(2)).extracting(Clip::id, Clip::inFrame, Clip::outFrame).containsExactly(b, 0, 5);
        assertThat(cuts.redo(project).revision()).isEqualTo(cut.revision());

        secondEditor.signIn();
        cut = cuts.undo(project);
        assertThat(cut.clips()).extracting(Clip::id).startsWith(a, b);
        assertThat(cut.clips().getFirst()).extracting(Clip::inFrame, Clip::outFrame).containsExactly(2, 10);
    }

    private ClipId[] orderWith(ClipId first, ClipId second, ClipId third) {
        var ids = new java.util.ArrayList<>(cuts.current(project).clips().stream().map(Clip::id).toList());
        ids.removeAll(List.of(first, second, third));
        ids.addAll(0, List.of(first, second, third));
        return ids.toArray(ClipId[]::new);
    }

    @Test
    void undoOfADeleteBringsTheClipBackWhereItWasAndANewEditEndsRedo() {
        var cut = cuts.current(project);
        var before = cut.clips();
        var b = clipOf(cut, 1);
        cut = cuts.edit(project, cut.revision(), new CutEdit.RippleDelete(b));
        cut = cuts.undo(project);
        assertThat(cut.clips()).isEqualTo(before);

        cuts.edit(project, cut.revision(), new CutEdit.Trim(b, 1, 2));
        long revision = cuts.current(project).revision();
        assertThat(cuts.redo(project).revision()).isEqualTo(revision);
    }

    @Test
    void anUndoThatNoLongerAppliesIsSkipped() {
        var cut = cuts.current(project);
        var a = clipOf(cut, 0);
        var b = clipOf(cut, 1);
        cut = cuts.edit(project, cut.revision(), new CutEdit.Trim(b, 1, 5));
        cut = cuts.edit(project, cut.revision(), new CutEdit.Trim(a, 1, 5));
        secondEditor.signIn();
        cut = cuts.edit(project, cut.revision(), new CutEdit.RippleDelete(a));

        editor.signIn();
        cut = cuts.undo(project);
        assertThat(cut.clips()).extracting(Clip::id).doesNotContain(a);
        assertThat(cut.clips().getFirst()).extracting(Clip::id, Clip::inFrame, Clip::outFrame)
                .containsExactly(b, 0, 20);
    }

    // ------------------------------------------------------------------------------------------------ versions

    @Test
    void versionsAreNamedOnceListedNewestFirstAndRestoredAsANewRevision() {
        var cut = cuts.current(project);
        var a = clipOf(cut, 0);
        var rough = cuts.saveVersion(project, "  Rough cut ");
        assertThat(rough).extracting(CutVersion::name, CutVersion::revision, CutVersion::madeBy, CutVersion::clips,
                CutVersion::frames).containsExactly("Rough cut", 1L, "Edda Editor", cut.clips().size(), cut.length());
        var roughClips = cut.clips();

        cut = cuts.edit(project, cut.revision(), new CutEdit.RippleDelete(a));
        var fine = cuts.saveVersion(project, "Fine cut");
        refused(CutChangeRefused.class, "cut.error.version-name", () -> cuts.saveVersion(project, "Rough cut"),
                "Rough cut", CutVersion.MAX_NAME);
        refused(CutChangeRefused.class, "cut.error.version-name", () -> cuts.saveVersion(project, "  "),
                "", CutVersion.MAX_NAME);
        refused(CutChangeRefused.class, "cut.error.version-name", () -> cuts.saveVersion(project, "x".repeat(81)),
                "x".repeat(81), CutVersion.MAX_NAME);
        viewer.signIn();
        assertThat(cuts.versions(project)).extracting(CutVersion::id).containsExactly(fine.id(), rough.id());

        editor.signIn();
        var restored = cuts.restore(project, rough.id());
        assertThat(restored.revision()).isEqualTo(3);
        assertThat(restored.clips()).isEqualTo(roughClips);
        assertThat(cuts.current(project)).isEqualTo(restored);
    }

    // ------------------------------------------------------------------------------------- shot list and takes

    @Test
    void changedShotsAreThoseWhoseSelectedTakeIsNoLongerTheClipsOrIsOutOfDate() throws IOException {
        var cut = cuts.current(project);
        var version = cuts.saveVersion(project, "Before");
        assertThat(cuts.changedShots(project, null)).isEmpty();

        director.signIn();
        var other = upload(project, shot(0).id(), slowClip);
        takes.select(project, other.id());
        editor.signIn();

        assertThat(cuts.changedShots(project, null)).containsExactly(shot(0).id());
        assertThat(cuts.changedShots(project, version.id())).containsExactly(shot(0).id());
        // The clip keeps the take the editor cut with: the new selection is only reported.
        assertThat(cuts.current(project).clips().getFirst().take()).isEqualTo(take0.id());
        cuts.edit(project, cuts.current(project).revision(), new CutEdit.UseTake(cut.clips().getFirst().id(),
                other.id()));
        assertThat(cuts.changedShots(project, null)).isEmpty();
        assertThat(cuts.changedShots(project, version.id())).containsExactly(shot(0).id());
    }

    @Test
    void aClipsTakeIsOutOfDateWhenItsShotChangedInTheScript() {
        cuts.current(project);
        var written = breakdowns.linesAsWritten(project, List.of(shot(0), shot(1)));
        var covering = Set.of(shot(0).id(), shot(1).id()).stream()
                .filter(id -> written.get(id).stream().anyMatch(line -> line.contains("locks the counter drawer")))
                .toList();
        assertThat(covering).as("a shot with a take covers the line").isNotEmpty();

        shots = save(shots.scriptRevision(), SCRIPT.replace("locks the counter", "slowly locks the counter"));

        assertThat(cuts.changedShots(project, null)).containsExactlyInAnyOrderElementsOf(covering);
    }

    @Test
    void theCutFollowsTheShotListAndGivesWaitingClipsTheirFirstTake() throws IOException {
        var cut = cuts.current(project);
        var last = cut.clips().getLast();
        var first = clipOf(cut, 0);
        long script = shots.scriptRevision();
        cut = cuts.edit(project, cut.revision(), new CutEdit.Move(first, 1));
        cut = cuts.edit(project, cut.revision(), new CutEdit.Trim(first, 1, 9));

        shots = save(script, SCRIPT + MORE);
        var added = shots.shots().getLast();
        var followed = await().atMost(ofSeconds(20)).pollInSameThread()
                .until(() -> cuts.current(project), c -> c.clips().size() == shots.shots().size());
        assertThat(followed.clips().getLast()).extracting(Clip::shot, Clip::take, Clip::inFrame, Clip::outFrame)
                .containsExactly(added.id(), null, 0, frames(added));
        assertThat(followed.clips().get(1)).extracting(Clip::id, Clip::inFrame, Clip::outFrame)
                .containsExactly(first, 1, 9);
        assertThat(followed.scriptRevision()).isEqualTo(shots.scriptRevision());

        director.signIn();
        var taken = upload(project, last.shot(), clip);
        editor.signIn();
        var given = await().atMost(ofSeconds(20)).pollInSameThread()
                .until(() -> clip(cuts.current(project), last.id()), c -> c.take() != null);
        assertThat(given).extracting(Clip::take, Clip::inFrame, Clip::outFrame)
                .containsExactly(taken.id(), 0, FRAMES);

        shots = save(shots.scriptRevision(), SCRIPT);
        var dropped = await().atMost(ofSeconds(20)).pollInSameThread()
                .until(() -> cuts.current(project), c -> c.clips().size() == shots.shots().size());
        assertThat(dropped.clips()).extracting(Clip::shot).doesNotContain(added.id());
        assertThat(dropped.clips().get(1)).extracting(Clip::id, Clip::inFrame, Clip::outFrame)
                .containsExactly(first, 1, 9);
    }

    @Test
    void aShotTheEditorDeletedFromTheCutStaysOutWhenTheShotListChanges() {
        var cut = cuts.current(project);
        var a = clipOf(cut, 0);
        cut = cuts.edit(project, cut.revision(), new CutEdit.RippleDelete(a));

        owner.signIn();
        cut = cuts.followShotList(project);
        assertThat(cut.clips()).extracting(Clip::id).doesNotContain(a);
        assertThat(cut.clips()).hasSize(shots.shots().size() - 1);
    }

    // ------------------------------------------------------------------------------------------------- who may

    @Test
    void viewersAndWritersMayWatchButNotCutEditorsAndOwnersMay() {
        var cut = cuts.current(project);
        var a = clipOf(cut, 0);
        for (var onlyWatching : List.of(viewer, writer, director)) {
            onlyWatching.signIn();
            assertThat(cuts.current(project)).isEqualTo(cut);
            refused(NotAllowed.class, "project.error.not-allowed.edit-cut",
                    () -> cuts.edit(project, 1, new CutEdit.Trim(a, 1, 2)));
            refused(NotAllowed.class, "project.error.not-allowed.edit-cut", () -> cuts.undo(project));
            refused(NotAllowed.class, "project.error.not-allowed.edit-cut", () -> cuts.redo(project));
            refused(NotAllowed.class, "project.error.not-allowed.edit-cut", () -> cuts.saveVersion(project, "Mine"));
            refused(NotAllowed.class, "project.error.not-allowed.edit-cut", () -> cuts.followShotList(project));
        }
        assertThat(cuts.current(project)).isEqualTo(cut);
        assertThat(cuts.versions(project)).isEmpty();

        editor.signIn();
        cut = cuts.edit(project, 1, new CutEdit.Trim(a, 1, 2));
        owner.signIn();
        cut = cuts.edit(project, cut.revision(), new CutEdit.Trim(a, 1, 3));
        assertThat(cut.revision()).isEqualTo(3);

        Actors.create(context, "Stan Stranger").signIn();
        refused(NotAllowed.class, "project.error.not-allowed.view", () -> cuts.current(project));
    }

    @Test
    void idsOfAnotherProjectAreRefusedLikeAForbiddenAction() throws IOException {
        var cut = cuts.current(project);
        var a = clipOf(cut, 0);
        var version = cuts.saveVersion(project, "Ours");

        Actors.create(context, "Stan Stranger").signIn();
        var elsewhere = context.getBean(ProjectManagement.class).create(
                new NewProject("Elsewhere", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
        var revision = scripts.save(elsewhere, 0, SCRIPT).revision();
        var theirShots = await().pollInSameThread().atMost(ofSeconds(10))
                .until(() -> breakdowns.shotList(elsewhere), s -> s.scriptRevision() == revision);
        var theirTake = upload(elsewhere, theirShots.shots().getFirst().id(), clip);
        var theirCut = cuts.current(elsewhere);
        var theirVersion = cuts.saveVersion(elsewhere, "Theirs");

        // Their own clip ids, takes and versions, sent to their cut by them: the edit is about our project.
        refused(NotAllowed.class, "project.error.not-allowed.edit-cut", () -> cuts.edit(project, 1,
                new CutEdit.Trim(a, 1, 2)));
        editor.signIn();
        refused(NotAllowed.class, "project.error.not-allowed.edit-cut", () -> cuts.edit(project, 1,
                new CutEdit.UseTake(a, theirTake.id())));
        refused(NotAllowed.class, "project.error.not-allowed.edit-cut", () -> cuts.restore(project,
                theirVersion.id()));
        refused(NotAllowed.class, "project.error.not-allowed.view", () -> cuts.changedShots(project,
                theirVersion.id()));
        refused(CutChangeRefused.class, "cut.error.clip-gone", () -> cuts.edit(project, 1,
                new CutEdit.Trim(theirCut.clips().getFirst().id(), 0, 2)));
        refused(NotAllowed.class, "project.error.not-allowed.edit-cut", () -> cuts.restore(project,
                new org.filmfactory.cut.CutVersionId(UUID.randomUUID())));
        refused(NotAllowed.class, "project.error.not-allowed.view", () -> cuts.current(elsewhere));
        assertThat(cuts.media(project, theirCut)).isEmpty();
        assertThat(cuts.current(project)).isEqualTo(cut);
        assertThat(cuts.versions(project)).extracting(CutVersion::id).containsExactly(version.id());
    }
}
