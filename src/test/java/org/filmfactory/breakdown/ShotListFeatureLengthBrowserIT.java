package org.filmfactory.breakdown;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import org.awaitility.Awaitility;
import org.filmfactory.breakdown.ShotListLine.ShotLine;
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
 * A feature-length script (150 scenes) on two nodes: each director's shot list opens with only the lines on screen
 * in the page, goes to the last scene and shows its shots; one director's edit reaches the other's list, and the
 * other director's half-typed description in the same shot stays as typed.
 */
@BrowserStudio(nodes = 2)
class ShotListFeatureLengthBrowserIT {

    static final int SCENES = 150;

    static StudioNodes nodes;
    static Chromium chromium;

    @Test
    void directorsOnTwoNodesGoToTheLastSceneAndSeeEachOthersEdits() {
        var nodeA = nodes.node(0);
        var owner = Actors.create(nodeA, "Olga Owner").signIn();
        var project = nodeA.getBean(ProjectManagement.class).create(
                new NewProject("Feature", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
        nodeA.getBean(ScriptEditing.class).save(project, 0, FeatureLengthScript.of(SCENES));
        var ada = owner.bringOnto(project, ProjectRole.DIRECTOR, "Ada Director");
        var bo = owner.bringOnto(project, ProjectRole.DIRECTOR, "Bo Director");
        var breakdowns = nodeA.getBean(Breakdowns.class);
        var totals = Awaitility.await().atMost(ofSeconds(60)).pollInSameThread()
                .until(() -> breakdowns.totals(project), t -> t.scriptRevision() > 0);
        assertThat(totals.scenes()).isEqualTo(SCENES);
        var lastScene = breakdowns.scenes(project).getLast();
        var lastShots = breakdowns.lines(project, breakdowns.lineOf(project, lastScene.id()) + 1, 1000).stream()
                .map(line -> ((ShotLine) line).shot()).toList();
        assertThat(lastShots).isNotEmpty().allMatch(shot -> shot.sceneId().equals(lastScene.id()));
        Actors.signOut();

        var pageA = open(nodes.url(0), ada.email(), project);
        var pageB = open(nodes.url(1), bo.email(), project);
        for (var page : List.of(pageA, pageB)) {
            // Virtualized: a window of lines is in the page, not the feature's thousand and more.
            assertThat(page.locator("#shot-list .shot-row").count()).isBetween(1, 200);
            goToScene(page, lastScene);
            for (var shot : lastShots) {
                page.locator("#shot-" + shot.id()).waitFor();
                assertThat(page.locator("#shot-" + shot.id()).getAttribute("data-scene"))
                        .isEqualTo(String.valueOf(SCENES));
            }
        }
        var chosen = lastShots.getFirst();
        var newType = chosen.type() == ShotType.INSERT ? ShotType.POV : ShotType.INSERT;

        // Bo starts describing the shot and has not finished (nothing sent yet).
        pageB.locator("#shot-" + chosen.id()).click();
        pageB.locator("#shot-editor[data-shot='" + chosen.id() + "']").waitFor();
        pageB.locator("#shot-edit-description input").fill("Slow push in on the card");
        // Ada changes the same shot's type on the other node.
        pageA.locator("#shot-" + chosen.id()).click();
        pageA.locator("#shot-editor[data-shot='" + chosen.id() + "']").waitFor();
        Chromium.choose(pageA, "shot-edit-type", newType == ShotType.INSERT ? "Insert" : "Point of view");

        pageB.waitForCondition(() -> newType.name().equals(pageB.locator("#shot-" + chosen.id())
                .getAttribute("data-type")));
        pageB.waitForCondition(() -> pageB.locator("#shot-edit-type").textContent()
                .contains(newType == ShotType.INSERT ? "Insert" : "Point of view")
                || String.valueOf(pageB.locator("#shot-edit-type").evaluate("e => e.value")).equals(newType.name()));
        assertThat(pageB.locator("#shot-edit-description input").inputValue()).isEqualTo("Slow push in on the card");
        Chromium.screenshot(pageB, "shot-list-feature-length");

        ada.signIn();
        assertThat(breakdowns.shot(project, chosen.id()).orElseThrow().type()).isEqualTo(newType);
        assertThat(breakdowns.shot(project, chosen.id()).orElseThrow().description()).isEqualTo(chosen.description());
        Actors.signOut();
    }

    static void goToScene(Page page, BreakdownScene scene) {
        page.locator("#scene-picker input").fill(String.valueOf(scene.number()));
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions()
                .setHasText(scene.number() + ". " + scene.heading())).first().click();
        page.locator("#scene-" + scene.id()).waitFor();
    }

    static Page open(String base, String email, ProjectId project) {
        var page = chromium.newUser();
        Chromium.signIn(page, base, email, Actors.PASSWORD);
        page.navigate(base + "projects/" + project + "/shots");
        page.locator("#shot-list [data-lines]").first().waitFor();
        return page;
    }
}
