package org.filmfactory.factory.ui;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import org.filmfactory.breakdown.Breakdowns;
import org.filmfactory.factory.Factory;
import org.filmfactory.factory.MakeState;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ProjectRole;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.render.Rendering;
import org.filmfactory.screenplay.ScriptEditing;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.BrowserStudio;
import org.filmfactory.testsupport.Chromium;
import org.filmfactory.testsupport.StudioNodes;
import org.junit.jupiter.api.Test;

/**
 * The owner presses Make film and then Cancel while the takes are being made: the run ends cancelled for the owner
 * and for a viewer watching the same page (who has no Cancel button), naming who cancelled it, with Retry for the
 * owner; no film is made.
 */
@BrowserStudio
class MakeFilmCancelBrowserIT {

    static final String SCRIPT = """
            INT. KITCHEN - NIGHT

            MAYA pours tea. The kettle still steams.

            MAYA
            You came back.

            EXT. GARDEN - DAY

            Tomas waits by the gate.
            """;

    static StudioNodes nodes;
    static Chromium chromium;

    @Test
    void theOwnerCancelsARunningRunAndEveryoneSeesItCancelled() {
        var node = nodes.node(0);
        var owner = Actors.create(node, "Olga Owner").signIn();
        var project = node.getBean(ProjectManagement.class).create(
                new NewProject("Tea at night", "", ScriptLanguage.EN, new OutputFormat(360, 640, 30)));
        var viewer = owner.bringOnto(project, ProjectRole.VIEWER, "Vera Viewer");
        owner.signIn();
        var revision = node.getBean(ScriptEditing.class).save(project, 0, SCRIPT).revision();
        await().pollInSameThread().atMost(ofSeconds(20)).until(
                () -> node.getBean(Breakdowns.class).shotList(project), s -> s.scriptRevision() == revision);
        Actors.signOut();

        var page = chromium.newUser();
        var viewerPage = chromium.newUser();
        try {
            Chromium.signIn(viewerPage, nodes.url(0), viewer.email(), Actors.PASSWORD);
            viewerPage.navigate(nodes.url(0) + "projects/" + project + "/make");
            viewerPage.locator("#make-view").waitFor();
            Chromium.signIn(page, nodes.url(0), owner.email(), Actors.PASSWORD);
            page.navigate(nodes.url(0) + "projects/" + project + "/make");
            page.locator("#make-view").waitFor();
            assertThat(page.locator("#make-cancel").isVisible()).isFalse();
            Chromium.choose(page, "make-preset", "Quick preview");
            page.locator("#make-button").click();

            page.locator("#make-cancel").waitFor(new Locator.WaitForOptions().setTimeout(30_000));
            viewerPage.locator("#make-state[data-state='RUNNING']").waitFor();
            assertThat(viewerPage.locator("#make-cancel").isVisible()).isFalse();
            page.locator("#make-cancel").click();

            page.locator("#make-state[data-state='CANCELLED']").waitFor();
            viewerPage.locator("#make-state[data-state='CANCELLED']").waitFor();
            assertThat(viewerPage.locator("#make-state").textContent()).isEqualTo("Cancelled");
            assertThat(viewerPage.locator("#make-failure-text").textContent())
                    .startsWith("Stopped at " + viewerPage.locator("#make-stage").textContent())
                    .endsWith(": cancelled by Olga Owner");
            assertThat(page.locator("#make-failure-text").textContent()).endsWith("cancelled by Olga Owner");
            assertThat(page.locator("#make-retry").isVisible()).isTrue();
            assertThat(viewerPage.locator("#make-retry").isVisible()).isFalse();
            assertThat(page.locator("#make-cancel").isVisible()).isFalse();
            assertThat(page.locator("#make-button").isEnabled()).isTrue();

            owner.signIn();
            var run = node.getBean(Factory.class).latestRun(project).orElseThrow();
            assertThat(run.state()).isEqualTo(MakeState.CANCELLED);
            assertThat(node.getBean(Rendering.class).films(project)).isEmpty();
            Actors.signOut();
        } finally {
            Chromium.screenshot(page, "make-cancel-owner");
            Chromium.screenshot(viewerPage, "make-cancel-viewer");
        }
    }
}
