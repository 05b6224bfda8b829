package org.filmfactory.screenplay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.NotAllowed;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ProjectRole;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.screenplay.internal.TextChange;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.Actors.Actor;
import org.filmfactory.testsupport.StudioTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

/** The script's authority: steps in one order, behind editors told what they missed, bad steps refused. */
@StudioTest
@TestPropertySource(properties = "filmfactory.screenplay.max-change-size=1KB")
class ScriptCoEditingIT {

    @Autowired
    ApplicationContext context;
    @Autowired
    ScriptEditing editing;

    Actor owner;
    Actor writer;
    Actor viewer;
    Actor director;
    ProjectId project;

    @BeforeEach
    void crew() {
        owner = Actors.create(context, "Olga Owner").signIn();
        project = context.getBean(ProjectManagement.class).create(
                new NewProject("Same Line", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
        writer = owner.bringOnto(project, ProjectRole.WRITER, "Wang Writer");
        viewer = owner.bringOnto(project, ProjectRole.VIEWER, "Vera Viewer");
        director = owner.bringOnto(project, ProjectRole.DIRECTOR, "Dario Director");
        owner.signIn();
        editing.save(project, 0, "INT. HOUSE - DAY\n");
    }

    @AfterEach
    void signOut() {
        Actors.signOut();
    }

    private static ScriptStep insert(String client, int length, int at, String text) {
        return new ScriptStep(client, TextChange.of(length, at, at, text).toJson());
    }

    @Test
    void stepsBecomeRevisionsInOrderAndALateEditorsStepsAreMovedOverWhatCameFirst() {
        writer.signIn();
        int length = "INT. HOUSE - DAY\n".length();
        var first = editing.push(project, 1, List.of(insert("writerA", length, length, "Rain.\n")));
        assertThat(first).isEqualTo(new PushOutcome(true, 2));

        owner.signIn();
        var late = editing.push(project, 1, List.of(insert("ownerB", length, 0, "FADE IN:\n")));
        assertThat(late).isEqualTo(new PushOutcome(true, 3));
        assertThat(editing.since(project, 1)).hasValueSatisfying(steps -> assertThat(steps).containsExactly(
                new ScriptStep("writerA", "[17,[0,\"Rain.\",\"\"]]"),
                new ScriptStep("ownerB", "[[0,\"FADE IN:\",\"\"],23]")));
        // Sent again before the owner's editor heard back: already there, so nothing changes.
        var again = editing.push(project, 1, List.of(insert("ownerB", length, 0, "FADE IN:\n")));
        assertThat(again).isEqualTo(new PushOutcome(true, 3));
        assertThat(editing.open(project).text()).isEqualTo("FADE IN:\nINT. HOUSE - DAY\nRain.\n");
        assertThat(editing.textAt(project, 2)).contains("INT. HOUSE - DAY\nRain.\n");
    }

    @Test
    void viewerCannotEditScriptEvenWithAForgedStep() {
        for (var reader : List.of(viewer, director)) {
            reader.signIn();
            assertThatExceptionOfType(NotAllowed.class).isThrownBy(
                    () -> editing.push(project, 1, List.of(insert("forged", 17, 0, "HACKED"))));
            assertThat(editing.open(project).text()).isEqualTo("INT. HOUSE - DAY\n");
            assertThat(editing.open(project).editable()).isFalse();
        }
    }

    @Test
    void anotherProjectsMemberCannotPushHere() {
        var stranger = Actors.create(context, "Sam Stranger").signIn();
        context.getBean(ProjectManagement.class)
                .create(new NewProject("Elsewhere", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
        assertThat(stranger).isNotNull();
        assertThatExceptionOfType(NotAllowed.class)
                .isThrownBy(() -> editing.push(project, 1, List.of(insert("stranger", 17, 0, "X"))));
        owner.signIn();
        assertThat(editing.open(project).revision()).isEqualTo(1);
    }

    @Test
    void aSaveOfAWholeScriptLargerThanOneTypedChangeIsAcceptedUpToTheScriptLimit() {
        writer.signIn();
        // 1.5 KB: over the 1 KB a typed change may insert, far under the script limit; an import is such a save.
        var longer = "INT. HOUSE - DAY\n\n" + "Rain on the window. ".repeat(75) + "\n";
        var saved = editing.save(project, 1, longer);
        assertThat(saved.revision()).isEqualTo(2);
        assertThat(editing.open(project).text()).isEqualTo(longer);
    }

    @Test
    void malformedStepsAreRefusedWithAReasonAndChangeNothing() {
        writer.signIn();
        var bad = List.of(
                new ScriptStep("w", "[5, [0, \"x\"]]"),                        // covers 5 of 17 characters
                new ScriptStep("w", "[17, [3, \"x\"]]"),                       // deletes past the end
                new ScriptStep("w", "not json"),
                new ScriptStep("w", "[-1, [0, \"x\"], 18]"),
                new ScriptStep("w", "{\"insert\": \"x\"}"),
                new ScriptStep("no spaces allowed", TextChange.of(17, 0, 0, "x").toJson()),
                new ScriptStep("w", TextChange.of(17, 0, 0, "x".repeat(1025)).toJson()));
        var expectedKeys = new java.util.HashMap<ScriptStep, String>();
        for (var step : bad) {
            expectedKeys.put(step, "screenplay.refused.malformed");
        }
        expectedKeys.put(bad.get(5), "screenplay.refused.editor-id");
        expectedKeys.put(bad.get(6), "screenplay.refused.too-much-inserted");
        for (var step : bad) {
            assertThatExceptionOfType(ScriptChangeRefused.class)
                    .as(step.toString())
                    .isThrownBy(() -> editing.push(project, 1, List.of(step)))
                    .satisfies(refused -> assertThat(refused.messageKey()).isEqualTo(expectedKeys.get(step)));
        }
        assertThatExceptionOfType(ScriptChangeRefused.class)
                .isThrownBy(() -> editing.push(project, 99, List.of(insert("w", 17, 0, "x"))))
                .satisfies(refused -> {
                    assertThat(refused.messageKey()).isEqualTo("screenplay.refused.unknown-revision");
                    assertThat(refused.arguments()).containsExactly("99", "1");
                });
        assertThatExceptionOfType(ScriptChangeRefused.class)
                .isThrownBy(() -> editing.push(project, 1, List.of()))
                .satisfies(refused -> assertThat(refused.messageKey()).isEqualTo("screenplay.refused.no-steps"));
        var now = editing.open(project);
        assertThat(now.text()).isEqualTo("INT. HOUSE - DAY\n");
        assertThat(now.revision()).isEqualTo(1);
    }

    @Test
    void aStepThatCutsAnEmojiInTwoIsRefused() {
        writer.signIn();
        assertThat(editing.push(project, 1, List.of(insert("w", 17, 17, "雨🎬\n"))).accepted()).isTrue();
        // "雨" is one unit, the clapper board two: position 19 falls between its halves.
        assertThatExceptionOfType(ScriptChangeRefused.class)
                .isThrownBy(() -> editing.push(project, 2, List.of(insert("w", 21, 19, "x"))))
                .satisfies(refused -> assertThat(refused.messageKey()).isEqualTo("screenplay.refused.splits-pair"));
        assertThatExceptionOfType(ScriptChangeRefused.class)
                .isThrownBy(() -> editing.push(project, 2,
                        List.of(new ScriptStep("w", TextChange.of(21, 18, 19, "").toJson()))));
        assertThatExceptionOfType(ScriptChangeRefused.class)
                .isThrownBy(() -> editing.push(project, 2, List.of(insert("w", 21, 0, "\uD83C"))));
        assertThat(editing.open(project).text()).isEqualTo("INT. HOUSE - DAY\n雨🎬\n");
    }

    @Test
    void writingLeavesAnAutomaticVersionInTheHistory() {
        writer.signIn();
        assertThat(context.getBean(ScriptHistory.class).versions(project)).isEmpty();
        editing.push(project, 1, List.of(insert("w", 17, 17, "Rain.\n")));
        // The keeper's next tick after the pause in typing keeps the text, and the history a version of it.
        org.awaitility.Awaitility.await().pollInSameThread().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(context.getBean(ScriptHistory.class).versions(project)).anySatisfy(version -> {
                    assertThat(version.automatic()).isTrue();
                    assertThat(version.revision()).isEqualTo(2);
                }));
    }

    @Test
    void aBatchIsTakenWholeOrNotAtAll() {
        writer.signIn();
        var good = insert("w", 17, 17, "Rain.\n");
        var broken = new ScriptStep("w", "[3]");
        assertThatExceptionOfType(ScriptChangeRefused.class)
                .isThrownBy(() -> editing.push(project, 1, List.of(good, broken)));
        assertThat(editing.open(project).revision()).isEqualTo(1);
        assertThat(editing.push(project, 1, List.of(good, insert("w", 23, 23, "More.\n"))))
                .isEqualTo(new PushOutcome(true, 3));
        assertThat(editing.open(project).text()).isEqualTo("INT. HOUSE - DAY\nRain.\nMore.\n");
    }
}
