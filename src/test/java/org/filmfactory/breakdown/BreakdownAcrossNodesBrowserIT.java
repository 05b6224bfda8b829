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
import org.filmfactory.testsupport.BrowserStudio;
import org.filmfactory.testsupport.Chromium;
import org.filmfactory.testsupport.StudioNodes;
import org.junit.jupiter.api.Test;

/**
 * A writer changes the script on node A; the director's shot list on node B follows without a reload, and the
 * director's own earlier change to a shot is still there.
 */
@BrowserStudio(nodes = 2)
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

    @Test
    void shotListOnAnotherNodeFollowsTheScriptAndKeepsTheDirectorsEdit() throws java.io.IOException {
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
        assertThat(directorPage.locator("#shot-list").textContent()).contains("INT. HOUSE - DAY");
        directorPage.evaluate("() => window.__noReload = true");

        Page writerPage = open(nodes.url(0), writer.email(), project, "script");
        // The director's page notes when the changed heading shows up, in the same clock as the writer's page.
        directorPage.evaluate("() => { window.__seenAt = 0; new MutationObserver(() => { if (!window.__seenAt"
                + " && document.querySelector('#shot-list').textContent.includes('INT. HOUSE - NIGHT'))"
                + " window.__seenAt = performance.timeOrigin + performance.now(); })"
                + ".observe(document.body, {subtree: true, childList: true, characterData: true}); }");
        // The writer types: the end of the first line is "DAY"; it becomes "NIGHT".
        writerPage.locator("ff-script-editor .cm-line").first().click();
        writerPage.keyboard().press("End");
        for (int i = 0; i < 3; i++) {
            writerPage.keyboard().press("Backspace");
        }
        writerPage.keyboard().type("NIGHT");
        double typedAt = ((Number) writerPage.evaluate("() => performance.timeOrigin + performance.now()"))
                .doubleValue();
        // A new speech at the end of the script.
        writerPage.keyboard().press("Control+End");
        writerPage.keyboard().type("\n\nTOMAS\nTake the umbrella.\n");
        // The breakdown beside the writer's own script follows too.
        writerPage.waitForCondition(() -> writerPage.locator("#breakdown-panel").textContent()
                .contains("INT. HOUSE - NIGHT"));

        try {
            directorPage.waitForCondition(() -> directorPage.locator("#shot-list").textContent().contains("INT. HOUSE - NIGHT"));
            double seenAt = ((Number) directorPage.evaluate("() => window.__seenAt")).doubleValue();
            // From the last keystroke of the new heading to the other node's shot list, for the figure.
            java.nio.file.Files.writeString(java.nio.file.Path.of("target", "breakdown-propagation.txt"),
                    String.format(java.util.Locale.ROOT, "heading typed on node A -> shot list on node B: %.0f ms%n",
                            seenAt - typedAt), java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
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
        page.locator("ff-script-editor .cm-content, #shot-list").first().waitFor();
        return page;
    }
}
