package org.filmfactory.breakdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.awaitility.Awaitility;
import org.filmfactory.project.InvitationService;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ProjectRole;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.screenplay.ScriptEditing;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.Chromium;
import org.filmfactory.testsupport.StudioNodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A writer changes the script on node A; the director's shot list on node B follows without a reload, and the
 * director's own earlier change to a shot is still there.
 */
class BreakdownAcrossNodesBrowserIT {

    static final String SCRIPT = """
            INT. HOUSE - DAY

            Rain runs down the window. MAYA packs a bag.

            MAYA
            I'm leaving tonight.

            EXT. STREET - NIGHT

            Maya walks into the storm.
            """;

    static StudioNodes nodes;
    static Chromium chromium;

    @BeforeAll
    static void start() {
        nodes = new StudioNodes(2, 5951).start();
        chromium = new Chromium();
    }

    @AfterAll
    static void stop() {
        chromium.close();
        nodes.close();
    }

    @Test
    void shotListOnAnotherNodeFollowsTheScriptAndKeepsTheDirectorsEdit() {
        var nodeA = nodes.node(0);
        var owner = Actors.create(nodeA, "Olga Owner").signIn();
        var project = nodeA.getBean(ProjectManagement.class).create(
                new NewProject("Rain", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
        nodeA.getBean(ScriptEditing.class).save(project, 0, SCRIPT);
        var writer = join(owner, project, ProjectRole.WRITER, "Wang Writer");
        var director = join(owner, project, ProjectRole.DIRECTOR, "Dario Director");

        director.signIn();
        var breakdowns = nodeA.getBean(Breakdowns.class);
        var shots = Awaitility.await().pollInSameThread().until(() -> breakdowns.shots(project), s -> s.size() >= 3);
        var chosen = shots.getFirst();
        breakdowns.retype(project, chosen.id(), ShotType.EXTREME_CLOSE_UP);
        breakdowns.changeCameraMove(project, chosen.id(), CameraMove.DOLLY);
        int shotsBefore = shots.size();
        Actors.signOut();

        Page directorPage = open(nodes.url(1), director.email(), project, "shots");
        var row = directorPage.locator("#shot-" + chosen.id());
        assertThat(row.getAttribute("data-type")).isEqualTo("EXTREME_CLOSE_UP");
        assertThat(directorPage.locator("#scene-list").textContent()).contains("INT. HOUSE - DAY");
        directorPage.evaluate("() => window.__noReload = true");

        Page writerPage = open(nodes.url(0), writer.email(), project, "script");
        var area = writerPage.locator("#script-text textarea");
        area.fill(area.inputValue().replace("INT. HOUSE - DAY", "INT. HOUSE - NIGHT")
                .replace("I'm leaving tonight.\n", "I'm leaving tonight.\n\nTOMAS\nTake the umbrella.\n"));
        writerPage.locator("#script-save").click();
        writerPage.waitForCondition(() -> "2".equals(writerPage.locator("#script-status").getAttribute("data-revision")));

        try {
            directorPage.waitForCondition(() -> directorPage.locator("#scene-list").textContent().contains("INT. HOUSE - NIGHT"));
            directorPage.waitForCondition(() -> directorPage.locator("#shot-list [data-lines]").count() > shotsBefore);
            assertThat(directorPage.locator("#shot-list").textContent()).contains("TOMAS");
            assertThat(row.getAttribute("data-type")).isEqualTo("EXTREME_CLOSE_UP");
            assertThat(row.getAttribute("data-move")).isEqualTo("DOLLY");
            assertThat(directorPage.evaluate("() => window.__noReload === true")).isEqualTo(true);
        } finally {
            Chromium.screenshot(directorPage, "breakdown-director");
        }
    }

    private static Actors.Actor join(Actors.Actor owner, ProjectId project, ProjectRole role, String name) {
        return owner.bringOnto(project, role, name);
    }

    private static Page open(String base, String email, ProjectId project, String section) {
        var page = chromium.newUser();
        Chromium.signIn(page, base, email, Actors.PASSWORD);
        page.navigate(base + "projects/" + project + "/" + section);
        page.locator("#script-text, #shot-list").first().waitFor();
        return page;
    }
}
