package org.filmfactory.breakdown;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import org.awaitility.Awaitility;
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
 * The shot list on a phone (390 px wide): nothing sticks out of the page, the scene picker and the editor pane work,
 * the runtime is shown against the target in English and Chinese (figures worked out by hand in
 * {@link ShotListRuntimeIT#SCRIPT}: 15.7 s), and deleting a shot asks first.
 */
@BrowserStudio
class ShotListPhoneBrowserIT {

    /**
     * Every element of the shot list and of any open overlay (dialog, drop-down), in the page and in shadow roots,
     * that reaches past the viewport's left or right edge; and whether the page itself scrolls sideways. (The
     * studio's frame, its header and closed drawer, is checked by its own test.)
     */
    static final String OVERFLOWING = """
            () => { const width = document.documentElement.clientWidth; const out = [];
              if (document.documentElement.scrollWidth > width) out.push('page scrolls sideways: '
                + document.documentElement.scrollWidth + ' > ' + width);
              const check = e => { const r = e.getBoundingClientRect();
                if (r.width > 0 && r.height > 0 && (r.right > width + 0.5 || r.left < -0.5))
                  out.push(e.localName + (e.id ? '#' + e.id : '') + ' ' + Math.round(r.left) + '..' + Math.round(r.right)); };
              const walk = root => { for (const e of root.querySelectorAll('*')) { check(e);
                if (e.shadowRoot) walk(e.shadowRoot); } };
              const view = document.querySelector('#shot-list-view'); check(view); walk(view);
              for (const open of document.querySelectorAll('[opened]')) { check(open); walk(open);
                if (open.shadowRoot) walk(open.shadowRoot); }
              return out; }""";

    static StudioNodes nodes;
    static Chromium chromium;

    @Test
    void shotListFitsAPhoneAndShowsTheRuntimeAgainstTheTarget() {
        var node = nodes.node(0);
        var owner = Actors.create(node, "Olga Owner").signIn();
        var project = node.getBean(ProjectManagement.class).create(
                new NewProject("Rain", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
        var director = owner.bringOnto(project, ProjectRole.DIRECTOR, "Dario Director");
        owner.signIn();
        node.getBean(ScriptEditing.class).save(project, 0, ShotListRuntimeIT.SCRIPT);
        var breakdowns = node.getBean(Breakdowns.class);
        Awaitility.await().atMost(ofSeconds(10)).pollInSameThread()
                .until(() -> breakdowns.totals(project).scriptRevision() > 0);
        var scenes = breakdowns.scenes(project);
        var shots = breakdowns.shots(project);
        Actors.signOut();

        var page = open(director.email(), project, "en-US");
        try {
            assertThat(page.locator("#shot-runtime").textContent())
                    .isEqualTo("Estimated runtime 15.7 s for a target of 1 min: 44.3 s under");
            assertThat(page.evaluate(OVERFLOWING)).isEqualTo(List.of());

            ShotListFeatureLengthBrowserIT.goToScene(page, scenes.get(1));
            page.locator("#shot-" + shots.getLast().id()).click();
            page.locator("#shot-editor[data-shot='" + shots.getLast().id() + "']").waitFor();
            assertThat(page.evaluate(OVERFLOWING)).isEqualTo(List.of());

            page.locator("#shot-target input").fill("12");
            page.locator("#shot-target input").press("Enter");
            page.waitForCondition(() -> page.locator("#shot-runtime").textContent()
                    .equals("Estimated runtime 15.7 s for a target of 12.0 s: 3.7 s over"));

            // Deleting asks; keeping it changes nothing, confirming deletes it.
            page.locator("#shot-edit-delete").click();
            Chromium.button(page, "Keep it").click();
            Chromium.awaitServer(page);
            assertThat(page.locator("#shot-" + shots.getLast().id()).count()).isEqualTo(1);
            page.locator("#shot-edit-delete").click();
            assertThat(page.evaluate(OVERFLOWING)).isEqualTo(List.of());
            page.locator("vaadin-button[slot='confirm-button']").click();
            page.locator("#shot-" + shots.getLast().id()).waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                    .setState(com.microsoft.playwright.options.WaitForSelectorState.HIDDEN));
            page.waitForCondition(() -> page.locator("#shot-runtime").textContent()
                    .equals("Estimated runtime 12.7 s for a target of 12.0 s: 0.7 s over"));
        } finally {
            Chromium.screenshot(page, "shot-list-phone");
        }
        director.signIn();
        assertThat(breakdowns.shots(project)).containsExactlyElementsOf(shots.subList(0, shots.size() - 1));
        Actors.signOut();

        var chinese = open(director.email(), project, "zh-CN");
        assertThat(chinese.locator("#shot-runtime").textContent()).isEqualTo("预计时长 12.7 秒，目标 12.0 秒：超出 0.7 秒");
        assertThat(chinese.evaluate(OVERFLOWING)).isEqualTo(List.of());
    }

    @Test
    void mergingTwoShotsAsksFirstLikeDeleting() {
        var node = nodes.node(0);
        var owner = Actors.create(node, "Mona Merger").signIn();
        var project = node.getBean(ProjectManagement.class).create(
                new NewProject("Merge", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
        node.getBean(ScriptEditing.class).save(project, 0, ShotListRuntimeIT.SCRIPT);
        var breakdowns = node.getBean(Breakdowns.class);
        Awaitility.await().atMost(ofSeconds(10)).pollInSameThread()
                .until(() -> breakdowns.totals(project).scriptRevision() > 0);
        var shots = breakdowns.shots(project);
        var scenes = breakdowns.scenes(project);
        int first = 0;
        while (!shots.get(first).sceneId().equals(shots.get(first + 1).sceneId())) {
            first++;
        }
        var keeper = shots.get(first);
        var absorbed = shots.get(first + 1);
        var scene = scenes.stream().filter(s -> s.id().equals(keeper.sceneId())).findFirst().orElseThrow();
        Actors.signOut();

        var page = open(owner.email(), project, "en-US");
        ShotListFeatureLengthBrowserIT.goToScene(page, scene);
        page.locator("#shot-" + keeper.id()).click();
        page.locator("#shot-editor[data-shot='" + keeper.id() + "']").waitFor();

        page.locator("#shot-edit-merge").click();
        page.locator("#shot-merge-confirm").waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
        Chromium.button(page, "Keep both").click();
        Chromium.awaitServer(page);
        assertThat(page.locator("#shot-" + absorbed.id()).count()).isEqualTo(1);

        page.locator("#shot-edit-merge").click();
        page.locator("vaadin-button[slot='confirm-button']").click();
        page.locator("#shot-" + absorbed.id()).waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.HIDDEN));
        owner.signIn();
        assertThat(breakdowns.shots(project)).doesNotContain(absorbed).hasSize(shots.size() - 1);
        Actors.signOut();
    }

    static Page open(String email, ProjectId project, String locale) {
        var page = chromium.newUser(locale);
        page.setViewportSize(390, 844);
        var base = nodes.url(0);
        Chromium.signIn(page, base, email, Actors.PASSWORD);
        page.navigate(base + "projects/" + project + "/shots");
        page.locator("#shot-list [data-lines]").first().waitFor();
        return page;
    }
}
