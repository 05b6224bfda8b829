package org.filmfactory.screenplay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Locale;
import org.filmfactory.platform.Translations;
import org.filmfactory.platform.UserFacingException;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.NotAllowed;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ProjectRole;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.screenplay.ScriptComparison.Change;
import org.filmfactory.screenplay.ScriptComparison.ComparedLine;
import org.filmfactory.screenplay.internal.ScriptKeeper;
import org.filmfactory.screenplay.internal.ScriptLog;
import org.filmfactory.screenplay.internal.TextChange;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.Actors.Actor;
import org.filmfactory.testsupport.StudioTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The script's history: named and automatic versions, comparing, restoring (and undoing it), who wrote which line. */
@StudioTest
class ScriptHistoryIT {

    static final String OPENING = "INT. HOUSE - DAY\n";

    @Autowired
    ApplicationContext context;
    @Autowired
    ScriptEditing editing;
    @Autowired
    ScriptHistory history;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Translations translations;

    Actor owner;
    Actor writer;
    Actor secondWriter;
    Actor viewer;
    ProjectId project;

    @BeforeEach
    void crew() {
        owner = Actors.create(context, "Olga Owner").signIn();
        project = context.getBean(ProjectManagement.class).create(
                new NewProject("Rain City", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
        writer = owner.bringOnto(project, ProjectRole.WRITER, "Wang Writer");
        secondWriter = owner.bringOnto(project, ProjectRole.WRITER, "Wu Writer");
        viewer = owner.bringOnto(project, ProjectRole.VIEWER, "Vera Viewer");
        owner.signIn();
        editing.save(project, 0, OPENING);
    }

    @AfterEach
    void signOut() {
        Actors.signOut();
    }

    /** The signed-in writer types {@code text} at {@code at}, as the editor would send it; returns the new revision. */
    private long type(int at, String text) {
        var now = editing.open(project);
        var step = new ScriptStep("typist", TextChange.of(now.text().length(), at, at, text).toJson());
        var outcome = editing.push(project, now.revision(), List.of(step));
        assertThat(outcome.accepted()).isTrue();
        return outcome.revision();
    }

    /** The signed-in writer replaces {@code from}–{@code to}. */
    private void replace(int from, int to, String text) {
        var now = editing.open(project);
        var step = new ScriptStep("typist", TextChange.of(now.text().length(), from, to, text).toJson());
        assertThat(editing.push(project, now.revision(), List.of(step)).accepted()).isTrue();
    }

    private long storedSteps(long after) {
        return jdbc.sql("select count(*) from screenplay_step where project_id = ? and revision > ?")
                .params(project.value(), after).query(Long.class).single();
    }

    @Test
    void namedVersionsAreListedNewestFirstWithWhoAndWhich() {
        writer.signIn();
        var first = history.name(project, "  Draft 1  ");
        type(OPENING.length(), "Rain falls.\n");
        var second = history.name(project, "Draft 2 for the client");

        assertThat(first.name()).isEqualTo("Draft 1");
        assertThat(first.revision()).isEqualTo(1);
        assertThat(first.automatic()).isFalse();
        assertThat(first.createdBy()).isEqualTo("Wang Writer");
        assertThat(second.revision()).isEqualTo(2);

        viewer.signIn();
        assertThat(history.versions(project)).containsExactly(second, first);
        assertThat(history.text(project, first.id())).isEqualTo(OPENING);
        assertThat(history.text(project, second.id())).isEqualTo(OPENING + "Rain falls.\n");
    }

    @Test
    void namesAreCheckedBeforeAnythingIsKept() {
        writer.signIn();
        for (var bad : List.of("", "   ", "x".repeat(201), "Draft\n2", "Draft\u202E2")) {
            assertThatExceptionOfType(VersionNameRefused.class).as(bad)
                    .isThrownBy(() -> history.name(project, bad))
                    .satisfies(refused -> {
                        assertThat(refused.field()).isEqualTo("name");
                        assertThat(refused.messageKey()).startsWith("screenplay.history.error.name-");
                        assertTranslated(refused);
                    });
        }
        assertThat(history.versions(project)).isEmpty();
        assertThat(history.name(project, "草稿二：给客户 " + "x".repeat(192)).name()).hasSize(200);
    }

    @Test
    void aViewerMayLookButNotNameOrRestore() {
        writer.signIn();
        var draft = history.name(project, "Draft 1");
        type(OPENING.length(), "Rain falls.\n");

        for (var reader : List.of(viewer)) {
            reader.signIn();
            assertThatExceptionOfType(NotAllowed.class).isThrownBy(() -> history.name(project, "Mine"));
            assertThatExceptionOfType(NotAllowed.class).isThrownBy(() -> history.restore(project, draft.id()));
            assertThat(history.versions(project)).containsExactly(draft);
            assertThat(history.text(project, draft.id())).isEqualTo(OPENING);
            assertThat(history.compare(project, draft.id()).differs()).isTrue();
            assertThat(history.blame(project)).hasSize(3);
        }
        assertThat(editing.open(project).text()).isEqualTo(OPENING + "Rain falls.\n");
        assertThat(editing.open(project).revision()).isEqualTo(2);
    }

    @Test
    void someoneOffTheCrewSeesNothing() {
        writer.signIn();
        var draft = history.name(project, "Draft 1");
        Actors.create(context, "Sam Stranger").signIn();
        assertThatExceptionOfType(NotAllowed.class).isThrownBy(() -> history.versions(project));
        assertThatExceptionOfType(NotAllowed.class).isThrownBy(() -> history.text(project, draft.id()));
        assertThatExceptionOfType(NotAllowed.class).isThrownBy(() -> history.compare(project, draft.id()));
        assertThatExceptionOfType(NotAllowed.class).isThrownBy(() -> history.blame(project));
    }

    @Test
    void aVersionOfAnotherProjectIsUnknownHereAndLeaksNothing() {
        // The owner runs both projects, so access to each is fine: only the pairing is forged.
        owner.signIn();
        var other = context.getBean(ProjectManagement.class).create(
                new NewProject("Secret Film", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
        editing.save(other, 0, "TOP SECRET ENDING\n");
        var secret = history.name(other, "Secret draft");
        var ours = history.name(project, "Ours");

        for (var forged : List.of(secret.id(), ScriptVersionId.parse("00000000-0000-0000-0000-000000000000"))) {
            assertThatExceptionOfType(ScriptVersionUnknown.class).isThrownBy(() -> history.text(project, forged))
                    .satisfies(refused -> assertThat(refused.getMessage()).doesNotContain("SECRET"));
            assertThatExceptionOfType(ScriptVersionUnknown.class).isThrownBy(() -> history.compare(project, forged));
            assertThatExceptionOfType(ScriptVersionUnknown.class).isThrownBy(() -> history.restore(project, forged));
        }
        assertThat(history.versions(project)).containsExactly(ours);
        assertThat(editing.open(project).text()).isEqualTo(OPENING);
        assertThat(editing.open(project).revision()).isEqualTo(1);
        assertThatExceptionOfType(ScriptVersionUnknown.class).isThrownBy(() -> ScriptVersionId.parse("../etc"));

        // A writer on this project only cannot reach the other project's version through this one either.
        writer.signIn();
        assertThatExceptionOfType(ScriptVersionUnknown.class).isThrownBy(() -> history.text(project, secret.id()));
        assertThatExceptionOfType(NotAllowed.class).isThrownBy(() -> history.text(other, secret.id()));
    }

    @Test
    void aRestoreIsOneNewRevisionAndRestoringTheVersionKeptBeforeItUndoesIt() {
        writer.signIn();
        var draft1 = history.name(project, "Draft 1");
        type(OPENING.length(), "Rain falls.\n");
        context.getBean(ScriptKeeper.class).keep(project, true);
        var before = editing.open(project);
        long stepsBefore = storedSteps(0);

        var restored = history.restore(project, draft1.id());

        assertThat(restored.text()).isEqualTo(OPENING);
        assertThat(restored.revision()).isEqualTo(before.revision() + 1);
        assertThat(editing.open(project).text()).isEqualTo(OPENING);
        assertThat(storedSteps(0)).isEqualTo(stepsBefore + 1);
        assertThat(storedSteps(before.revision())).isEqualTo(1);

        var versions = history.versions(project);
        assertThat(versions).extracting(ScriptVersion::revision, ScriptVersion::name, ScriptVersion::automatic,
                ScriptVersion::createdBy).containsExactly(
                        tuple(before.revision(), null, true, "Wang Writer"),
                        tuple(1L, "Draft 1", false, "Wang Writer"));
        var keptBeforeRestore = versions.getFirst();
        assertThat(history.text(project, keptBeforeRestore.id())).isEqualTo(before.text());

        var undone = history.restore(project, keptBeforeRestore.id());
        assertThat(undone.text()).isEqualTo(OPENING + "Rain falls.\n");
        assertThat(undone.revision()).isEqualTo(restored.revision() + 1);

        // Restoring the text the script already has changes nothing and keeps nothing more.
        int kept = history.versions(project).size();
        assertThat(history.restore(project, keptBeforeRestore.id()).revision()).isEqualTo(undone.revision());
        assertThat(history.versions(project)).hasSize(kept);
    }

    @Test
    void aRestoreThatSwapsOneEmojiOrRareCharacterForAnotherIsTaken() {
        // 🎬/🎭 and 𠀀/𠀁 share their first UTF-16 half: the restore's change must not start between the halves.
        writer.signIn();
        editing.save(project, editing.open(project).revision(), "🎬 第𠀀场\n" + OPENING + "🎬");
        var clapper = history.name(project, "Clapper");
        var masks = editing.save(project, editing.open(project).revision(), "🎭 第𠀁场\n" + OPENING + "🎭");

        var restored = history.restore(project, clapper.id());

        assertThat(restored.revision()).isEqualTo(masks.revision() + 1);
        assertThat(restored.text()).isEqualTo("🎬 第𠀀场\n" + OPENING + "🎬");
        assertThat(editing.open(project).text()).isEqualTo("🎬 第𠀀场\n" + OPENING + "🎬");
    }

    @Test
    void comparingShowsTheChangedLinesBesideEachOther() {
        writer.signIn();
        type(OPENING.length(), "Rain falls.\n王：你来了。\n");
        var draft = history.name(project, "Draft 1");
        replace(OPENING.length() + 5, OPENING.length() + 10, "pours");
        type(editing.open(project).text().length(), "李：🎬 开拍！\n");

        viewer.signIn();
        var comparison = history.compare(project, draft.id());
        assertThat(comparison.version()).isEqualTo(draft);
        assertThat(comparison.currentRevision()).isEqualTo(editing.open(project).revision());
        assertThat(comparison.lines()).containsExactly(
                new ComparedLine(Change.SAME, 1, "INT. HOUSE - DAY", 1, "INT. HOUSE - DAY"),
                new ComparedLine(Change.CHANGED, 2, "Rain falls.", 2, "Rain pours."),
                new ComparedLine(Change.SAME, 3, "王：你来了。", 3, "王：你来了。"),
                new ComparedLine(Change.ADDED, 0, null, 4, "李：🎬 开拍！"),
                new ComparedLine(Change.SAME, 4, "", 5, ""));
    }

    @Test
    void eachLineIsAttributedToTheWriterWhoLastChangedIt() {
        writer.signIn();
        type(OPENING.length(), "Rain falls.\n");
        secondWriter.signIn();
        type(editing.open(project).text().length(), "Wind howls.\n");
        writer.signIn();
        type(editing.open(project).text().length(), "Thunder.\n");
        secondWriter.signIn();
        replace(OPENING.length() + 5, OPENING.length() + 10, "pours");
        context.getBean(ScriptKeeper.class).keep(project, true);

        viewer.signIn();
        var lines = history.blame(project);
        assertThat(lines).extracting(LineAuthor::line, LineAuthor::text, LineAuthor::authorName)
                .containsExactly(
                        tuple(1, "INT. HOUSE - DAY", "Olga Owner"),
                        tuple(2, "Rain pours.", "Wu Writer"),
                        tuple(3, "Wind howls.", "Wu Writer"),
                        tuple(4, "Thunder.", "Wang Writer"),
                        tuple(5, "", null));
        assertThat(lines.get(0).author()).isEqualTo(owner.id());
        assertThat(lines.get(1).author()).isEqualTo(secondWriter.id());
        assertThat(lines.get(3).author()).isEqualTo(writer.id());
        assertThat(lines.get(3).colorIndex()).isEqualTo(org.filmfactory.collab.Attendee.colorOf(writer.id()));
        assertThat(lines.get(4).colorIndex()).isEqualTo(-1);
        assertThat(lines.get(1).at()).isAfterOrEqualTo(lines.get(3).at());
        assertThat(lines.get(3).at()).isAfterOrEqualTo(lines.get(2).at());
    }

    @Test
    void aRestoreMarksOnlyTheLinesItBroughtBack() {
        writer.signIn();
        type(OPENING.length(), "Rain falls.\nWind howls.\n");
        var draft = history.name(project, "Draft 1");
        replace(OPENING.length(), OPENING.length() + 11, "Snow.");
        secondWriter.signIn();
        history.restore(project, draft.id());

        var lines = history.blame(project);
        assertThat(lines).extracting(LineAuthor::text, LineAuthor::authorName).containsExactly(
                tuple("INT. HOUSE - DAY", "Olga Owner"),
                tuple("Rain falls.", "Wu Writer"),
                tuple("Wind howls.", "Wang Writer"),
                tuple("", null));
    }

    @Test
    void withoutTheEarlyStepsLinesFromBeforeTheOldestVersionAreNotAttributed() {
        writer.signIn();
        type(OPENING.length(), "Rain falls.\n");
        var draft = history.name(project, "Draft 1");
        secondWriter.signIn();
        type(editing.open(project).text().length(), "Wind howls.\n");
        context.getBean(ScriptKeeper.class).keep(project, true);
        // As for a script written before steps were kept: the history starts at the named version.
        jdbc.sql("delete from screenplay_step where project_id = ? and revision <= ?")
                .params(project.value(), draft.revision()).update();
        // ... and the cluster no longer holds those steps either: the script comes back from the database.
        context.getBean(ScriptLog.class).forget(project);
        assertThat(editing.open(project).text()).isEqualTo(OPENING + "Rain falls.\nWind howls.\n");

        var lines = history.blame(project);
        assertThat(lines).extracting(LineAuthor::text, LineAuthor::authorName).containsExactly(
                tuple("INT. HOUSE - DAY", null),
                tuple("Rain falls.", null),
                tuple("Wind howls.", "Wu Writer"),
                tuple("", null));
    }

    private void assertTranslated(UserFacingException refused) {
        for (var locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            assertThat(translations.translate(locale, refused.messageKey(), refused.arguments()))
                    .as(refused.messageKey()).doesNotStartWith("!");
        }
    }
}
