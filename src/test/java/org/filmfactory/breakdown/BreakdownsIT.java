package org.filmfactory.breakdown;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.filmfactory.collab.LiveUpdate;
import org.filmfactory.collab.ProjectFeed;
import org.filmfactory.project.InvitationService;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.NotAllowed;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.Permission;
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
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The shot list follows the screenplay: every save is broken down again after commit, directors' edits survive
 * later saves, and only owners and directors may edit it.
 */
@StudioTest
@RecordApplicationEvents
class BreakdownsIT {

    static final String SCRIPT = """
            INT. POST OFFICE - NIGHT

            Fluorescent light. An old clerk, TOMAS, locks the counter drawer.

            MAYA
            One letter. Registered. It has to go tonight.

            TOMAS
            It's past midnight, kid.

            MAYA
            (quiet)
            Then it never arrives. Please.

            EXT. HARBOUR ROAD - NIGHT

            The rain stops all at once.
            """;

    @Autowired
    ApplicationContext context;
    @Autowired
    Breakdowns breakdowns;
    @Autowired
    ScriptEditing scripts;
    @Autowired
    ProjectFeed feed;
    @Autowired
    ApplicationEvents events;

    Actor owner;
    Actor writer;
    Actor director;
    Actor viewer;
    ProjectId project;

    @BeforeEach
    void crew() {
        owner = Actors.create(context, "Olga Owner").signIn();
        project = context.getBean(ProjectManagement.class).create(
                new NewProject("Rain City", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
        writer = join(project, ProjectRole.WRITER, "Wang Writer");
        director = join(project, ProjectRole.DIRECTOR, "Dario Director");
        viewer = join(project, ProjectRole.VIEWER, "Vera Viewer");
    }

    private Actor join(ProjectId id, ProjectRole role, String name) {
        return owner.bringOnto(id, role, name);
    }

    @AfterEach
    void signOut() {
        Actors.signOut();
    }

    /**
     * Saves as the writer and waits until the breakdown has caught up with the new revision; then forgets the events
     * so far (the listener's thread may have been recorded too), so a test sees only what follows.
     */
    private ShotList save(long base, String text) {
        writer.signIn();
        var revision = scripts.save(project, base, text).revision();
        var list = await().pollInSameThread().atMost(ofSeconds(10))
                .until(() -> breakdowns.shotList(project), shots -> shots.scriptRevision() == revision);
        events.clear();
        return list;
    }

    @Test
    void everyMemberCanExportTheShotListAsCsvWithOneRowPerShot() {
        var list = save(0, SCRIPT);
        viewer.signIn();
        var csv = new String(breakdowns.shotListCsv(project), java.nio.charset.StandardCharsets.UTF_8);

        var rows = csv.split("\r\n");
        assertThat(rows[0]).isEqualTo("\uFEFF" + ShotListCsv.HEADER);
        assertThat(rows).hasSize(1 + list.shots().size());
        var first = list.shots().getFirst();
        assertThat(rows[1]).startsWith("1,INT. POST OFFICE - NIGHT,1," + first.id().value() + "," + first.type().name());
        assertThat(ShotListCsv.field("Maya, soaked \"again\"")).isEqualTo("\"Maya, soaked \"\"again\"\"\"");
        assertThat(ShotListCsv.field("=HYPERLINK(1)")).isEqualTo("'=HYPERLINK(1)");
        Actors.create(context, "Stranger").signIn();
        assertThatExceptionOfType(org.filmfactory.project.NotAllowed.class)
                .isThrownBy(() -> breakdowns.shotListCsv(project));
    }

    @Test
    void savingAScriptBreaksItIntoScenesAndShots() {
        var list = save(0, SCRIPT);

        assertThat(list.scenes()).extracting(BreakdownScene::number, BreakdownScene::heading,
                BreakdownScene::setting, BreakdownScene::location, BreakdownScene::timeOfDay,
                BreakdownScene::characters, BreakdownScene::eighths, BreakdownScene::firstLine)
                .containsExactly(
                        tuple(1, "INT. POST OFFICE - NIGHT", BreakdownScene.Setting.INTERIOR, "POST OFFICE", "NIGHT",
                                List.of("MAYA", "TOMAS"), 2, 1),
                        tuple(2, "EXT. HARBOUR ROAD - NIGHT", BreakdownScene.Setting.EXTERIOR, "HARBOUR ROAD",
                                "NIGHT", List.of(), 1, 15));
        var office = list.scenes().getFirst().id();
        assertThat(list.shotsOf(office)).extracting(Shot::number, Shot::type, Shot::subjects, Shot::firstLine,
                Shot::lastLine, Shot::duration, Shot::cameraMove, Shot::edited)
                .containsExactly(
                        tuple(1, ShotType.WIDE, List.of(), 1, 1, ofSeconds(3), CameraMove.STATIC, false),
                        tuple(2, ShotType.MEDIUM, List.of("TOMAS"), 3, 3, ofSeconds(5), CameraMove.STATIC, false),
                        tuple(3, ShotType.OVER_THE_SHOULDER, List.of("MAYA", "TOMAS"), 5, 6, Duration.ofMillis(3700),
                                CameraMove.STATIC, false),
                        tuple(4, ShotType.OVER_THE_SHOULDER, List.of("TOMAS", "MAYA"), 8, 9, Duration.ofMillis(2100),
                                CameraMove.STATIC, false),
                        tuple(5, ShotType.CLOSE_UP, List.of("MAYA"), 11, 13, Duration.ofMillis(2500),
                                CameraMove.STATIC, false));
        assertThat(list.shotsOf(list.scenes().getLast().id())).extracting(Shot::type, Shot::description)
                .containsExactly(tuple(ShotType.WIDE, "EXT. HARBOUR ROAD - NIGHT"),
                        tuple(ShotType.WIDE, "The rain stops all at once."));
        assertThat(list.editable()).isFalse();
        director.signIn();
        assertThat(breakdowns.shotList(project)).isEqualTo(
                new ShotList(project, 1, list.scenes(), list.shots(), true));
        viewer.signIn();
        assertThat(breakdowns.scenes(project)).isEqualTo(list.scenes());
        assertThat(breakdowns.shots(project, office)).isEqualTo(list.shotsOf(office));
        assertThat(breakdowns.shotList(project).editable()).isFalse();
    }

    @Test
    void aWindowOfAFeaturesScenesComesWithShotCountsAndTheSummaryCountsTheWhole() {
        var list = save(0, org.filmfactory.testsupport.FeatureScript.ofScenes(30));
        viewer.signIn();

        assertThat(breakdowns.summary(project)).isEqualTo(new BreakdownSummary(1, 30, list.shots().size()));
        var expected = list.scenes().subList(10, 15).stream()
                .map(scene -> new SceneShots(scene, list.shotsOf(scene.id()).size())).toList();
        assertThat(breakdowns.scenes(project, 10, 5)).isEqualTo(expected);
        assertThat(breakdowns.scenes(project, 28, 5)).extracting(line -> line.scene().number())
                .containsExactly(29, 30);
        var scene = list.scenes().get(12).id();
        assertThat(breakdowns.shots(project, scene)).isEqualTo(list.shotsOf(scene));
        Actors.create(context, "Stranger").signIn();
        assertThatExceptionOfType(org.filmfactory.project.NotAllowed.class)
                .isThrownBy(() -> breakdowns.scenes(project, 0, 5));
        assertThatExceptionOfType(org.filmfactory.project.NotAllowed.class)
                .isThrownBy(() -> breakdowns.summary(project));
    }

    @Test
    void directorsEditsSurviveALaterSaveThatEditsAboveAndInsideTheScene() {
        var list = save(0, SCRIPT);
        var office = list.scenes().getFirst().id();
        var shots = list.shotsOf(office);
        var establishing = shots.get(0).id();
        var clerk = shots.get(1).id();
        var maya = shots.get(2).id();
        var tomas = shots.get(3).id();
        var plea = shots.get(4).id();
        director.signIn();
        breakdowns.retype(project, tomas, ShotType.CLOSE_UP);
        breakdowns.retime(project, tomas, Duration.ofMillis(4520));
        breakdowns.changeCameraMove(project, clerk, CameraMove.PAN);
        breakdowns.describe(project, clerk, "  The drawer clicks shut.  ");
        var clerkAgain = breakdowns.split(project, clerk);
        breakdowns.move(project, plea, -1);

        var revised = save(1, "EXT. STREET - NIGHT\n\nMaya pedals hard.\n\n"
                + SCRIPT.replace("Fluorescent light.", "Rain hammers the roof.\n\nFluorescent light.")
                        .replace("It's past midnight, kid.", "It's long past midnight, kid."));

        assertThat(revised.scenes()).extracting(BreakdownScene::heading).containsExactly("EXT. STREET - NIGHT",
                "INT. POST OFFICE - NIGHT", "EXT. HARBOUR ROAD - NIGHT");
        assertThat(revised.scenes().get(1).id()).isEqualTo(office);
        assertThat(revised.scenes().get(2).id()).isEqualTo(list.scenes().get(1).id());
        var after = revised.shotsOf(office);
        var rain = after.get(1).id();
        assertThat(after).extracting(Shot::id).containsExactly(establishing, rain, clerk, clerkAgain, maya, plea,
                tomas);
        assertThat(list.shots()).extracting(Shot::id).doesNotContain(rain);
        assertThat(after).extracting(Shot::type, Shot::description, Shot::firstLine, Shot::duration,
                Shot::cameraMove, Shot::edited)
                .containsExactly(
                        tuple(ShotType.WIDE, "INT. POST OFFICE - NIGHT", 5, ofSeconds(3), CameraMove.STATIC, false),
                        tuple(ShotType.WIDE, "Rain hammers the roof.", 7, Duration.ofMillis(2600), CameraMove.STATIC,
                                false),
                        tuple(ShotType.MEDIUM, "The drawer clicks shut.", 9, Duration.ofMillis(2500), CameraMove.PAN,
                                true),
                        tuple(ShotType.MEDIUM, "The drawer clicks shut.", 9, Duration.ofMillis(2500), CameraMove.PAN,
                                true),
                        tuple(ShotType.OVER_THE_SHOULDER, "One letter. Registered. It has to go tonight.", 11,
                                Duration.ofMillis(3700), CameraMove.STATIC, false),
                        tuple(ShotType.CLOSE_UP, "Then it never arrives. Please.", 17, Duration.ofMillis(2500),
                                CameraMove.STATIC, false),
                        tuple(ShotType.CLOSE_UP, "It's long past midnight, kid.", 14, Duration.ofMillis(4500),
                                CameraMove.STATIC, true));
    }

    @Test
    void writersAndViewersCannotEditShotsAndNothingChanges() {
        var list = save(0, SCRIPT);
        var shot = list.shots().get(1);

        for (var refused : List.of(writer, viewer)) {
            refused.signIn();
            assertThatExceptionOfType(NotAllowed.class)
                    .isThrownBy(() -> breakdowns.retype(project, shot.id(), ShotType.INSERT))
                    .satisfies(e -> assertThat(e.permission()).isEqualTo(Permission.EDIT_SHOTS));
            assertThatExceptionOfType(NotAllowed.class).isThrownBy(() -> breakdowns.split(project, shot.id()));
            assertThatExceptionOfType(NotAllowed.class).isThrownBy(() -> breakdowns.delete(project, shot.id()));
            assertThatExceptionOfType(NotAllowed.class)
                    .isThrownBy(() -> breakdowns.addShot(project, shot.sceneId(), null));
        }

        director.signIn();
        assertThat(breakdowns.shotList(project)).isEqualTo(new ShotList(project, 1, list.scenes(), list.shots(), true));
        assertThat(events.stream(ShotListChanged.class)).isEmpty();
        breakdowns.retype(project, shot.id(), ShotType.INSERT);
        assertThat(breakdowns.shots(project).get(1).type()).isEqualTo(ShotType.INSERT);
        owner.signIn();
        breakdowns.retype(project, shot.id(), ShotType.POV);
        assertThat(breakdowns.shots(project).get(1).type()).isEqualTo(ShotType.POV);
    }

    @Test
    void aShotOrSceneOfAnotherProjectIsRefused() {
        owner.signIn();
        var other = context.getBean(ProjectManagement.class).create(
                new NewProject("Other Film", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
        scripts.save(other, 0, "EXT. FIELD - DAY\n\nWind.\n");
        var foreign = await().pollInSameThread().atMost(ofSeconds(10))
                .until(() -> breakdowns.shots(other), shots -> !shots.isEmpty());
        var foreignScene = breakdowns.scenes(other).getFirst().id();
        var mine = save(0, SCRIPT);

        director.signIn();
        var forged = foreign.getFirst().id();
        assertThatExceptionOfType(NotAllowed.class)
                .isThrownBy(() -> breakdowns.retype(project, forged, ShotType.CLOSE_UP));
        assertThatExceptionOfType(NotAllowed.class).isThrownBy(() -> breakdowns.mergeWithNext(project, forged));
        assertThatExceptionOfType(NotAllowed.class)
                .isThrownBy(() -> breakdowns.addShot(project, foreignScene, null));
        assertThatExceptionOfType(NotAllowed.class)
                .isThrownBy(() -> breakdowns.addShot(project, mine.scenes().getFirst().id(), forged));
        assertThatExceptionOfType(NotAllowed.class).isThrownBy(() -> breakdowns.shots(project, foreignScene));
        assertThatExceptionOfType(NotAllowed.class)
                .isThrownBy(() -> breakdowns.retype(other, forged, ShotType.CLOSE_UP));

        owner.signIn();
        assertThat(breakdowns.shots(other)).isEqualTo(foreign);
        assertThat(breakdowns.shotList(project).shots()).isEqualTo(mine.shots());
    }

    @Test
    void aDurationOutOfBoundsOrAMergePastTheEndIsRefusedAndNothingChanges() {
        var list = save(0, SCRIPT);
        var last = list.shotsOf(list.scenes().getFirst().id()).getLast();
        director.signIn();

        assertThatExceptionOfType(ShotChangeRefused.class)
                .isThrownBy(() -> breakdowns.retime(project, last.id(), Duration.ofMillis(400)))
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo("breakdown.error.duration"));
        assertThatExceptionOfType(ShotChangeRefused.class)
                .isThrownBy(() -> breakdowns.retime(project, last.id(), Duration.ofMinutes(11)));
        assertThatExceptionOfType(ShotChangeRefused.class)
                .isThrownBy(() -> breakdowns.describe(project, last.id(), "x".repeat(1001)))
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo("breakdown.error.description"));
        assertThatExceptionOfType(ShotChangeRefused.class)
                .isThrownBy(() -> breakdowns.mergeWithNext(project, last.id()))
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo("breakdown.error.no-next-shot"));

        assertThat(breakdowns.shotList(project).shots()).isEqualTo(list.shots());
        assertThat(events.stream(ShotListChanged.class)).isEmpty();
    }

    @Test
    void mergingAddingAndDeletingShapeTheListAndAreAnnounced() {
        var list = save(0, SCRIPT);
        var shots = list.shotsOf(list.scenes().getFirst().id());
        director.signIn();

        breakdowns.mergeWithNext(project, shots.get(2).id());
        var added = breakdowns.addShot(project, list.scenes().getFirst().id(), shots.get(0).id());
        breakdowns.delete(project, shots.get(4).id());

        var after = breakdowns.shots(project, list.scenes().getFirst().id());
        assertThat(after).extracting(Shot::id).containsExactly(shots.get(0).id(), added, shots.get(1).id(),
                shots.get(2).id());
        assertThat(after.get(3)).extracting(Shot::subjects, Shot::firstLine, Shot::lastLine, Shot::duration,
                Shot::description)
                .containsExactly(List.of("MAYA", "TOMAS"), 5, 9, Duration.ofMillis(3700 + 2100),
                        "One letter. Registered. It has to go tonight. / It's past midnight, kid.");
        assertThat(after.get(1)).extracting(Shot::type, Shot::duration, Shot::firstLine, Shot::edited)
                .containsExactly(ShotType.MEDIUM, ofSeconds(3), 1, true);
        var by = director.id().toString();
        assertThat(events.stream(ShotListChanged.class)).containsExactly(new ShotListChanged(project, by),
                new ShotListChanged(project, by), new ShotListChanged(project, by));
    }

    @Test
    void everyOpenScreenHearsWhenTheShotListChanges() {
        var heard = new CopyOnWriteArrayList<LiveUpdate>();
        try (var subscription = feed.subscribe(project, update -> {
            if (update instanceof LiveUpdate.ShotListChanged) {
                heard.add(update);
            }
        })) {
            var list = save(0, SCRIPT);
            await().atMost(ofSeconds(10)).until(() -> heard.size() == 1);

            director.signIn();
            breakdowns.retype(project, list.shots().getFirst().id(), ShotType.MEDIUM);

            await().atMost(ofSeconds(10)).until(() -> heard.size() == 2);
            assertThat(heard).containsOnly(new LiveUpdate.ShotListChanged());
        }
    }
}
