package org.filmfactory.take.ui;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.awaitility.Awaitility;
import org.filmfactory.breakdown.Breakdowns;
import org.filmfactory.breakdown.ShotId;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ProjectRole;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.screenplay.ScriptEditing;
import org.filmfactory.take.TakeGeneration;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.Chromium;
import org.filmfactory.testsupport.StudioNodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The controls around a take that the storyboard test does not reach: scrubbing a card by hovering, J playing
 * backwards, two takes side by side and behind a wipe, a refused upload that says why and changes nothing, and the
 * owner's generation settings (a director is sent back).
 */
class ShotPageControlsBrowserIT {

    static StudioNodes nodes;
    static Chromium chromium;
    static ProjectId project;
    static ShotId shot;
    static Actors.Actor owner;
    static Actors.Actor director;

    @TempDir
    static Path folder;

    @BeforeAll
    static void start() {
        nodes = new StudioNodes(1).start();
        chromium = new Chromium();
        var node = nodes.node(0);
        owner = Actors.create(node, "Olga Owner").signIn();
        project = node.getBean(ProjectManagement.class).create(
                new NewProject("Tea", "", ScriptLanguage.EN, StoryboardAcrossNodesBrowserIT.FORMAT));
        node.getBean(ScriptEditing.class).save(project, 0, StoryboardAcrossNodesBrowserIT.SCRIPT);
        director = owner.bringOnto(project, ProjectRole.DIRECTOR, "Dario Director");
        var breakdowns = node.getBean(Breakdowns.class);
        shot = Awaitility.await().pollInSameThread().until(() -> breakdowns.shots(project), s -> !s.isEmpty())
                .getFirst().id();
        var takes = node.getBean(TakeGeneration.class);
        director.signIn();
        takes.generate(project, shot, null);
        Awaitility.await().atMost(ofSeconds(120)).pollInSameThread().until(() -> takes.takes(project, shot).size() == 1);
        takes.generate(project, shot, null);
        Awaitility.await().atMost(ofSeconds(120)).pollInSameThread().until(() -> takes.takes(project, shot).size() == 2);
        Actors.signOut();
    }

    @AfterAll
    static void stop() {
        chromium.close();
        nodes.close();
    }

    @Test
    void hoveringACardScrubsItsTake() {
        var page = open(director.email(), "storyboard");
        var scrub = page.locator("#card-" + shot + " ff-take-scrub");
        var box = scrub.boundingBox();
        page.mouse().move(box.x + box.width * 0.75, box.y + box.height / 2);

        page.waitForCondition(() -> "0.75".equals(scrub.getAttribute("data-scrub")));
        page.waitForFunction("() => { const v = document.querySelector('#card-" + shot
                + " ff-take-scrub').shadowRoot.querySelector('video'); return v && v.duration > 0 && !v.seeking"
                + " && Math.abs(v.currentTime - 0.75 * v.duration * 0.999) < 0.05; }");
        page.mouse().move(0, 0);
        page.waitForCondition(() -> scrub.getAttribute("data-scrub") == null);
    }

    @Test
    void jPlaysBackwardsAndTwoTakesCompareSideBySideAndBehindAWipe() {
        var page = open(director.email(), "storyboard/" + shot);
        var player = page.locator("#take-player");
        page.waitForFunction("() => document.querySelector('#take-player').shadowRoot"
                + ".querySelector('video.main').readyState >= 2");
        page.evaluate("() => document.querySelector('#take-player').showFrame(40)");
        page.waitForFunction("() => !document.querySelector('#take-player').shadowRoot"
                + ".querySelector('video.main').seeking");

        page.keyboard().press("j");
        assertThat(player.getAttribute("data-speed")).isEqualTo("-1");
        page.waitForFunction("() => document.querySelector('#take-player').shadowRoot"
                + ".querySelector('video.main').currentTime < 30 / 24");
        page.keyboard().press("k");
        assertThat(player.getAttribute("data-speed")).isEqualTo("0");

        // The take not on screen offers to be compared with the one that is.
        var compare = page.locator("#take-strip vaadin-button[id^='take-compare-']");
        assertThat(compare.count()).isEqualTo(1);
        var number = compare.getAttribute("id").substring("take-compare-".length());
        var other = page.locator("#take-" + number).getAttribute("data-take");
        assertThat(other).isNotEqualTo(player.getAttribute("data-take"));
        compare.click();
        page.waitForCondition(() -> "side".equals(player.getAttribute("mode")));
        assertThat(player.getAttribute("data-compare")).isEqualTo(other);
        assertThat(page.evaluate("() => document.querySelector('#take-player').shadowRoot"
                + ".querySelector('.stage').classList.contains('compared')")).isEqualTo(true);

        page.locator("#compare-mode vaadin-radio-button").filter(
                new com.microsoft.playwright.Locator.FilterOptions().setHasText("Wipe")).click();
        page.waitForCondition(() -> "wipe".equals(player.getAttribute("mode")));
        assertThat(page.evaluate("() => getComputedStyle(document.querySelector('#take-player').shadowRoot"
                + ".querySelector('.wipe')).display")).isEqualTo("block");

        page.locator("#compare-mode vaadin-radio-button").filter(
                new com.microsoft.playwright.Locator.FilterOptions().setHasText("One take")).click();
        page.waitForCondition(() -> "single".equals(player.getAttribute("mode")));
        assertThat(player.getAttribute("data-compare")).isNull();
    }

    @Test
    void aBrokenUploadIsRefusedWithItsReasonAndNothingChanges() throws Exception {
        var page = open(director.email(), "storyboard/" + shot);
        var broken = Files.writeString(folder.resolve("broken.mp4"), "this is not a video at all",
                StandardCharsets.UTF_8);

        page.locator("#take-upload input[type='file']").setInputFiles(broken);

        page.waitForCondition(() -> !page.locator("#take-upload-error").textContent().isBlank());
        assertThat(page.locator("#take-upload-error").textContent()).contains("broken.mp4");
        assertThat(page.locator("#take-strip .take-item").count()).isEqualTo(2);
        director.signIn();
        assertThat(nodes.node(0).getBean(TakeGeneration.class).takes(project, shot)).hasSize(2);
        Actors.signOut();
    }

    @Test
    void generationSettingsAreTheOwnersAndADirectorIsSentBack() {
        var ownerPage = open(owner.email(), "generation");
        ownerPage.locator("#generation-settings h2").waitFor();
        assertThat(ownerPage.url()).endsWith("/generation");

        var directorPage = open(director.email(), "generation");
        directorPage.waitForCondition(() -> !directorPage.url().endsWith("/generation"));
        assertThat(directorPage.locator("#generation-settings h2").count()).isZero();
    }

    private static Page open(String email, String path) {
        var page = chromium.newUser();
        Chromium.signIn(page, nodes.url(0), email, Actors.PASSWORD);
        page.navigate(nodes.url(0) + "projects/" + project + "/" + path);
        page.waitForLoadState();
        Chromium.awaitServer(page);
        return page;
    }
}
