package org.filmfactory.breakdown;

import static java.time.Duration.ofMillis;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import org.filmfactory.breakdown.ShotListLine.SceneLine;
import org.filmfactory.breakdown.ShotListLine.ShotLine;
import org.filmfactory.project.InvalidProjectDetails;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The shot list in figures and in pages: the estimated runtime against the project's target length, and the lines a
 * screen fetches a window at a time. The expected durations are worked out by hand from docs/breakdown-rules.md.
 */
@StudioTest
class ShotListRuntimeIT {

    /**
     * Scene 1: establishing WIDE 3 s; action of 9 words, 1 + 9 × 0.4 = 4.6 s; MAYA's 4 words at 2.5 a second plus the
     * 0.5 s pause = 2.1 s. Scene 2 (another place): establishing 3 s; action of 5 words, 1 + 5 × 0.4 = 3 s.
     * Total 15.7 s.
     */
    static final String SCRIPT = """
            INT. HOUSE - DAY

            Rain runs down the window. MAYA packs a bag.

            MAYA
            I am leaving tonight.

            EXT. STREET - NIGHT

            Maya walks into the storm.
            """;

    @Autowired
    ApplicationContext context;
    @Autowired
    Breakdowns breakdowns;
    @Autowired
    ProjectManagement projects;

    Actor owner;
    Actor director;
    Actor viewer;
    ProjectId project;

    @BeforeEach
    void brokenDownScript() {
        owner = Actors.create(context, "Olga Owner").signIn();
        project = projects.create(new NewProject("Rain", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
        director = owner.bringOnto(project, ProjectRole.DIRECTOR, "Dario Director");
        viewer = owner.bringOnto(project, ProjectRole.VIEWER, "Vera Viewer");
        owner.signIn();
        context.getBean(ScriptEditing.class).save(project, 0, SCRIPT);
        await().pollInSameThread().atMost(ofSeconds(10)).until(() -> breakdowns.totals(project).scriptRevision() > 0);
    }

    @AfterEach
    void signOut() {
        Actors.signOut();
    }

    @Test
    void runtimeIsSetAgainstTheDefaultTargetOfAMinute() {
        viewer.signIn();
        var totals = breakdowns.totals(project);

        assertThat(totals).isEqualTo(new ShotListTotals(project, 1, 2, 5, 7, ofMillis(15_700), ofSeconds(60), false));
        assertThat(totals.overTarget()).isEqualTo(ofMillis(-44_300));
    }

    @Test
    void directorSetsTheTargetAndTheRuntimeRunsOverIt() {
        director.signIn();
        breakdowns.aimAt(project, ofMillis(12_400));

        viewer.signIn();
        var totals = breakdowns.totals(project);
        assertThat(totals.targetLength()).isEqualTo(ofSeconds(12));
        assertThat(totals.overTarget()).isEqualTo(ofMillis(3_700));
        assertThat(projects.targetLength(project)).isEqualTo(ofSeconds(12));
    }

    @Test
    void viewerCannotSetTheTargetAndOutOfBoundsTargetsAreRefused() {
        viewer.signIn();
        assertThatExceptionOfType(NotAllowed.class).isThrownBy(() -> breakdowns.aimAt(project, ofSeconds(90)));
        director.signIn();
        assertThatExceptionOfType(InvalidProjectDetails.class).isThrownBy(() -> breakdowns.aimAt(project, ofMillis(400)))
                .satisfies(refused -> assertThat(refused.messageKey()).isEqualTo("project.error.target-length"));
        assertThatExceptionOfType(InvalidProjectDetails.class)
                .isThrownBy(() -> breakdowns.aimAt(project, ofSeconds(10 * 3600 + 1)))
                .satisfies(refused -> assertThat(refused.messageKey()).isEqualTo("project.error.target-length"));

        assertThat(breakdowns.totals(project).targetLength()).isEqualTo(ofSeconds(60));
    }

    @Test
    void linesComeAWindowAtATimeEachSceneHeadingBeforeItsShots() {
        viewer.signIn();
        var scenes = breakdowns.scenes(project);
        var all = breakdowns.lines(project, 0, 100);

        assertThat(all).extracting(line -> switch (line) {
            case SceneLine scene -> tuple("scene", scene.scene().number(), scene.scene().heading(),
                    scene.runtime().toMillis());
            case ShotLine shot -> tuple("shot " + shot.sceneNumber(), shot.shot().number(), shot.shot().type().name(),
                    shot.shot().duration().toMillis());
        }).containsExactly(
                tuple("scene", 1, "INT. HOUSE - DAY", 9_700L),
                tuple("shot 1", 1, "WIDE", 3_000L),
                tuple("shot 1", 2, "MEDIUM", 4_600L),
                tuple("shot 1", 3, "MEDIUM", 2_100L),
                tuple("scene", 2, "EXT. STREET - NIGHT", 6_000L),
                tuple("shot 2", 1, "WIDE", 3_000L),
                tuple("shot 2", 2, "MEDIUM", 3_000L));
        assertThat(all.getFirst()).isEqualTo(new SceneLine(scenes.getFirst(), 3, ofMillis(9_700)));
        assertThat(all.get(4)).isEqualTo(new SceneLine(scenes.get(1), 2, ofMillis(6_000)));
        assertThat(breakdowns.lines(project, 2, 3)).containsExactly(all.get(2), all.get(3), all.get(4));
        assertThat(breakdowns.lines(project, 6, 10)).containsExactly(all.get(6));
        assertThat(breakdowns.lines(project, 7, 10)).isEmpty();
        assertThat(breakdowns.lineOf(project, scenes.get(1).id())).isEqualTo(4);
        assertThat(breakdowns.scenes(project, "street", 0, 10)).containsExactly(scenes.get(1));
        assertThat(breakdowns.scenes(project, "2", 0, 10)).containsExactly(scenes.get(1));
        assertThat(breakdowns.scenes(project, "", 1, 10)).containsExactly(scenes.get(1));
        var shot = ((ShotLine) all.get(2)).shot();
        assertThat(breakdowns.shot(project, shot.id())).contains(shot);
    }
}
