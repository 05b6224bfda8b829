package org.filmfactory.take.ui;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import org.awaitility.Awaitility;
import org.filmfactory.breakdown.Breakdowns;
import org.filmfactory.breakdown.FeatureLengthScript;
import org.filmfactory.breakdown.ShotListLine.ShotLine;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.OutputFormat;
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
 * The production side with a feature-length script (150 scenes, some 900 shots) on a phone: the storyboard
 * draws the cards on screen, not the feature's, goes to the last scene and opens one of its shots; the shot page and
 * the activity feed open too. Nothing on these screens is wider than the phone.
 */
@BrowserStudio
class StoryboardFeatureLengthBrowserIT {

    static final int SCENES = 150;

    static StudioNodes studio;
    static Chromium chromium;

    @Test
    void aDirectorOnAPhoneFindsTheLastScenesShotInAFeaturesStoryboard() {
        var node = studio.node(0);
        var owner = Actors.create(node, "Olga Owner").signIn();
        var project = node.getBean(ProjectManagement.class).create(
                new NewProject("Feature", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
        node.getBean(ScriptEditing.class).save(project, 0, FeatureLengthScript.of(SCENES));
        var director = owner.bringOnto(project, ProjectRole.DIRECTOR, "Dario Director");
        var breakdowns = node.getBean(Breakdowns.class);
        var totals = Awaitility.await().atMost(ofSeconds(60)).pollInSameThread()
                .until(() -> breakdowns.totals(project), t -> t.scriptRevision() > 0);
        assertThat(totals.scenes()).isEqualTo(SCENES);
        int shots = breakdowns.shots(project).size();
        assertThat(shots).isGreaterThan(800);
        var lastScene = breakdowns.scenes(project).getLast();
        var lastShot = ((ShotLine) breakdowns.lines(project, breakdowns.lineOf(project, lastScene.id()) + 1, 1)
                .getFirst()).shot();
        Actors.signOut();

        var base = studio.url(0);
        var page = chromium.newUser();
        page.setViewportSize(390, 844);
        Chromium.signIn(page, base, director.email(), Actors.PASSWORD);
        page.navigate(base + "projects/" + project + "/storyboard");
        page.locator("#storyboard .sb-card").first().waitFor();
        Chromium.awaitServer(page);
        // Virtualized: the cards of the rows on screen are in the page, not the feature's.
        assertThat(page.locator("#storyboard .sb-card").count()).isBetween(1, 200);
        assertThat(Chromium.tooWide(page)).as("storyboard wider than the phone").isEmpty();

        page.locator("#storyboard-scene-picker input").fill(String.valueOf(lastScene.number()));
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions()
                .setHasText(lastScene.number() + ". " + lastScene.heading())).first().click();
        var card = page.locator("#card-" + lastShot.id());
        card.waitFor();
        assertThat(card.locator(".sb-number").textContent()).isEqualTo(SCENES + "." + lastShot.number());
        Chromium.screenshot(page, "storyboard-feature-390");

        card.click();
        page.locator("#shot-page").waitFor();
        page.waitForURL(url -> url.endsWith("/storyboard/" + lastShot.id()));
        Chromium.awaitServer(page);
        assertThat(Chromium.tooWide(page)).as("shot page wider than the phone").isEmpty();
        Chromium.screenshot(page, "shot-page-feature-390");

        page.navigate(base + "projects/" + project + "/activity");
        page.locator("#activity").waitFor();
        Chromium.awaitServer(page);
        assertThat(Chromium.tooWide(page)).as("activity wider than the phone").isEmpty();
        page.context().close();
    }
}
