package org.filmfactory.screenplay;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

import java.util.Locale;
import org.filmfactory.platform.Translations;
import org.filmfactory.project.InvitationService;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.NotAllowed;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ProjectRole;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.Actors.Actor;
import org.filmfactory.testsupport.StudioTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Saving a screenplay: writers and owners only, in revision order, never over someone else's newer save. */
@StudioTest
@RecordApplicationEvents
@TestPropertySource(properties = "filmfactory.screenplay.max-script-size=2KB")
class ScriptEditingIT {

    @Autowired
    ApplicationContext context;
    @Autowired
    ScriptEditing editing;
    @Autowired
    ApplicationEvents events;

    Actor owner;
    Actor writer;
    Actor director;
    ProjectId project;

    @BeforeEach
    void crew() {
        owner = Actors.create(context, "Olga Owner").signIn();
        project = context.getBean(ProjectManagement.class).create(
                new NewProject("Rain City", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
        writer = join(ProjectRole.WRITER, "Wang Writer");
        director = join(ProjectRole.DIRECTOR, "Dario Director");
    }

    private Actor join(ProjectRole role, String name) {
        return owner.bringOnto(project, role, name);
    }

    @AfterEach
    void signOut() {
        Actors.signOut();
    }

    @Test
    void aScriptJustOpenedIsNotReleasedAsIdleBeforeItsFirstChange() {
        // Opening loads the script into the cluster; the keeper's next tick must not take it for a script left idle
        // for half an hour (a first save racing that tick was refused as "changed meanwhile" at revision 0).
        owner.signIn();
        editing.open(project);
        var keeper = context.getBean(org.filmfactory.screenplay.internal.ScriptKeeper.class);
        var log = context.getBean(org.filmfactory.screenplay.internal.ScriptLog.class);
        keeper.keep(project, false);

        assertThat(log.ownedHere()).contains(project);
    }

    @Test
    void savesFollowOneAnotherByRevision() {
        owner.signIn();
        assertThat(editing.open(project).revision()).isZero();
        var first = editing.save(project, 0, "INT. HOUSE - DAY\n\nRain.\n");
        writer.signIn();
        var second = editing.save(project, first.revision(), "INT. HOUSE - DAY\n\nMore rain.\n");

        assertThat(first.revision()).isEqualTo(1);
        assertThat(second.revision()).isEqualTo(2);
        assertThat(second.revisedBy()).isEqualTo("Wang Writer");
        assertThat(events.stream(ScreenplayRevised.class))
                .containsExactly(new ScreenplayRevised(project, 1, java.util.List.of(owner.id())),
                        new ScreenplayRevised(project, 2, java.util.List.of(writer.id())));
        assertThat(editing.open(project).text()).isEqualTo("INT. HOUSE - DAY\n\nMore rain.\n");
    }

    @Test
    void aSaveThatSwapsOneEmojiOrRareCharacterForAnotherIsTaken() {
        writer.signIn();
        var first = editing.save(project, 0, "🎬 INT. HOUSE - DAY\n\n第𠀀场 👨\u200D👩\u200D👧\n🎬");
        // Each pair below shares its first UTF-16 half with the one it replaces, at the start, inside and at the end.
        var second = editing.save(project, first.revision(), "🎭 INT. HOUSE - DAY\n\n第𠀁场 👨\u200D👩\u200D👦\n🎭");
        var third = editing.save(project, second.revision(), "🎭 INT. HOUSE - DAY\n\n第𠀁场 👨\u200D👩\u200D👦\n🎬");

        assertThat(third.revision()).isEqualTo(3);
        assertThat(editing.open(project).text()).isEqualTo("🎭 INT. HOUSE - DAY\n\n第𠀁场 👨\u200D👩\u200D👦\n🎬");
        assertThat(editing.since(project, 1).orElseThrow()).hasSize(2);
    }

    @Test
    void aSaveTheDatabaseRefusesIsReportedAndItsTextKeptUntilStored() {
        writer.signIn();
        var first = editing.save(project, 0, "INT. HOUSE - DAY\n\nRain.\n");
        var jdbc = context.getBean(JdbcClient.class);
        // The database refuses the write: the table the keeper writes steps to is away for a moment.
        jdbc.sql("alter table screenplay_step rename to screenplay_step_away").update();
        try {
            assertThatExceptionOfType(ScriptNotStoredYet.class)
                    .isThrownBy(() -> editing.save(project, first.revision(), "INT. HOUSE - DAY\n\nMore rain.\n"))
                    .satisfies(e -> assertThat(e.messageKey()).isEqualTo("screenplay.error.not-stored-yet"))
                    .satisfies(e -> assertThat(e.arguments()).containsExactly(2L))
                    .satisfies(e -> assertThat(context.getBean(Translations.class)
                            .translate(Locale.SIMPLIFIED_CHINESE, e.messageKey(), e.arguments()))
                            .startsWith("第 2 版已在实时剧本中"));
            // The text is not lost: it is the live revision, and the database still has the one before.
            assertThat(editing.open(project).text()).isEqualTo("INT. HOUSE - DAY\n\nMore rain.\n");
            assertThat(editing.open(project).revision()).isEqualTo(2);
            assertThat(storedText(jdbc)).isEqualTo("INT. HOUSE - DAY\n\nRain.\n");
        } finally {
            jdbc.sql("alter table screenplay_step_away rename to screenplay_step").update();
        }
        // Once the database takes writes again, the keeper stores it.
        await("the kept save stored").atMost(ofSeconds(20))
                .until(() -> storedText(jdbc).equals("INT. HOUSE - DAY\n\nMore rain.\n"));
    }

    private String storedText(JdbcClient jdbc) {
        return jdbc.sql("select text from screenplay where project_id = ?").param(project.value())
                .query(String.class).single();
    }

    @Test
    void aSaveOnAnOlderRevisionIsRefusedAndOverwritesNothing() {
        writer.signIn();
        editing.save(project, 0, "one");
        owner.signIn();
        editing.save(project, 1, "two, by the owner");
        writer.signIn();

        assertThatExceptionOfType(ScriptChangedMeanwhile.class)
                .isThrownBy(() -> editing.save(project, 1, "three, from a stale editor"))
                .satisfies(e -> assertThat(e.currentRevision()).isEqualTo(2))
                .satisfies(e -> assertThat(e.arguments()).containsExactly("Olga Owner", 2L));
        assertThat(editing.open(project).text()).isEqualTo("two, by the owner");
        assertThat(editing.open(project).revision()).isEqualTo(2);
    }

    @Test
    void savingTheSameTextMakesNoNewRevision() {
        writer.signIn();
        editing.save(project, 0, "same");
        assertThat(editing.save(project, 1, "same").revision()).isEqualTo(1);
    }

    @Test
    void onlyOwnersAndWritersMaySaveButEveryoneMayRead() {
        writer.signIn();
        editing.save(project, 0, "words");
        director.signIn();
        assertThat(editing.open(project).text()).isEqualTo("words");
        assertThat(editing.open(project).editable()).isFalse();
        assertThatExceptionOfType(NotAllowed.class).isThrownBy(() -> editing.save(project, 1, "a director's edit"));
        assertThat(editing.open(project).text()).isEqualTo("words");
        Actors.create(context, "Stranger").signIn();
        assertThatExceptionOfType(NotAllowed.class).isThrownBy(() -> editing.open(project));
    }

    @Test
    void aScriptOverTheSizeLimitIsRefusedAndTheOldTextStays() {
        writer.signIn();
        editing.save(project, 0, "short");
        assertThatExceptionOfType(ScriptTooLarge.class).isThrownBy(() -> editing.save(project, 1, "雨".repeat(1000)));
        assertThat(editing.open(project).text()).isEqualTo("short");
    }
}
