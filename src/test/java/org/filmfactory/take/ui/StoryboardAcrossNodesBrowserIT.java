package org.filmfactory.take.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.filmfactory.breakdown.Breakdowns;
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
 * A director presses "Generate all missing" on node A; a writer's storyboard on node B fills in without a reload: every
 * card goes from "No take" through the queue and its percentage to "Ready", and the run's one progress view ends at
 * all shots ready. The writer then opens a shot and plays its take: a frame step moves the frame number by exactly
 * one, and seeking by frame puts the {@code <video>} at that frame's time.
 */
@BrowserStudio(nodes = 2)
class StoryboardAcrossNodesBrowserIT {

    static final String SCRIPT = """
            INT. KITCHEN - NIGHT

            MAYA pours tea. The kettle still steams.

            MAYA
            You came back.

            EXT. GARDEN - DAY

            Tomas waits by the gate.
            """;

    /** Small and at 24 fps, so the animatic is quick and the timecode is plain. */
    static final OutputFormat FORMAT = new OutputFormat(360, 640, 24);

    static StudioNodes nodes;
    static Chromium chromium;

    @Test
    void writerOnAnotherNodeWatchesGenerateAllFillTheStoryboardAndPlaysATake() {
        var nodeA = nodes.node(0);
        var owner = Actors.create(nodeA, "Olga Owner").signIn();
        var project = nodeA.getBean(ProjectManagement.class).create(
                new NewProject("Tea", "", ScriptLanguage.EN, FORMAT));
        nodeA.getBean(ScriptEditing.class).save(project, 0, SCRIPT);
        var director = owner.bringOnto(project, ProjectRole.DIRECTOR, "Dario Director");
        var writer = owner.bringOnto(project, ProjectRole.WRITER, "Wang Writer");
        owner.signIn();
        var breakdowns = nodeA.getBean(Breakdowns.class);
        var shots = Awaitility.await().pollInSameThread().until(() -> breakdowns.shots(project), s -> s.size() >= 2);
        int count = shots.size();
        Actors.signOut();

        Page writerPage = open(nodes.url(1), writer.email(), project);
        Page directorPage = open(nodes.url(0), director.email(), project);
        try {
            assertThat(writerPage.locator("#storyboard .sb-card").count()).isEqualTo(count);
            assertThat(writerPage.locator("#storyboard .sb-state").allTextContents())
                    .containsOnly("No take").hasSize(count);
            assertThat(writerPage.locator("#storyboard-totals").textContent()).isEqualTo(
                    count + " shots · 0 ready · " + count + " missing · 0 generating · 0 out of date · 0 failed");
            assertThat(writerPage.locator("#generate-all").isVisible()).isFalse();
            assertThat(writerPage.locator("#run-progress").isVisible()).isFalse();
            // The writer's page notes every state each card shows, and every figure of the run, as they come.
            writerPage.evaluate("""
                    () => {
                      window.__states = {};
                      window.__runs = [];
                      window.__noReload = true;
                      const note = () => {
                        for (const card of document.querySelectorAll('#storyboard .sb-card')) {
                          const seen = (window.__states[card.id] ||= []);
                          const text = card.querySelector('.sb-state').textContent;
                          if (seen[seen.length - 1] !== text) seen.push(text);
                        }
                        const run = document.querySelector('#run-done');
                        if (run && run.textContent && window.__runs[window.__runs.length - 1] !== run.textContent)
                          window.__runs.push(run.textContent);
                      };
                      note();
                      new MutationObserver(note).observe(document.body, {subtree: true, childList: true, characterData: true});
                    }""");

            directorPage.locator("#generate-all").click();

            writerPage.waitForCondition(() -> writerPage.locator("#storyboard .sb-card[data-state='READY']").count()
                    == count, new Page.WaitForConditionOptions().setTimeout(180_000));
            writerPage.waitForCondition(() -> "All done".equals(writerPage.locator("#run-eta").textContent()));
            assertThat(writerPage.locator("#storyboard .sb-state").allTextContents())
                    .containsOnly("Ready").hasSize(count);
            assertThat(writerPage.locator("#run-done").textContent())
                    .isEqualTo(count + " of " + count + " shots ready");
            assertThat(writerPage.locator("#run-percent").textContent()).isEqualTo("100%");
            assertThat(writerPage.locator("#storyboard-totals").textContent()).isEqualTo(
                    count + " shots · " + count + " ready · 0 missing · 0 generating · 0 out of date · 0 failed");
            @SuppressWarnings("unchecked")
            var states = (Map<String, List<String>>) writerPage.evaluate("() => window.__states");
            assertThat(states).hasSize(count);
            for (var seen : states.values()) {
                assertThat(seen.getFirst()).isEqualTo("No take");
                assertThat(seen.getLast()).isEqualTo("Ready");
                assertThat(seen.subList(1, seen.size() - 1))
                        .allMatch(text -> text.equals("Queued") || text.matches("Generating \\d{1,3}%"), "queued or generating");
            }
            assertThat(states.values().stream().flatMap(List::stream)).as("some card showed its progress")
                    .anyMatch(text -> text.matches("Generating \\d{1,3}%"));
            @SuppressWarnings("unchecked")
            var runs = (List<String>) writerPage.evaluate("() => window.__runs");
            // A busy machine may finish the first shot before the writer's page shows the run, so the first figure
            // seen may be above 0; it is below the total (the run was watched while it went) and never goes back.
            var readyCounts = runs.stream().map(run -> {
                var figures = run.split(" of ");
                assertThat(figures[1]).isEqualTo(count + " shots ready");
                return Integer.parseInt(figures[0]);
            }).toList();
            assertThat(readyCounts.getFirst()).isLessThan(count);
            assertThat(readyCounts).isSorted();
            assertThat(runs.getLast()).isEqualTo(count + " of " + count + " shots ready");
            assertThat(writerPage.evaluate("() => window.__noReload === true")).isEqualTo(true);

            // The writer opens the first shot and plays its take.
            writerPage.locator("#card-" + shots.getFirst().id() + " ff-take-scrub").click();
            var player = writerPage.locator("#take-player");
            player.waitFor();
            writerPage.waitForFunction("() => { const v = document.querySelector('#take-player').shadowRoot"
                    + ".querySelector('video.main'); return v.readyState >= 2; }");
            assertThat(player.getAttribute("fps")).isEqualTo("24");
            assertThat(writerPage.locator("#take-strip .take-item").count()).isEqualTo(1);
            assertThat(writerPage.locator("#take-strip .take-selected").textContent()).isEqualTo("Selected");
            assertThat(frame(writerPage)).isEqualTo("0");

            writerPage.keyboard().press("ArrowRight");
            assertThat(frame(writerPage)).isEqualTo("1");
            assertThat(timecode(writerPage)).isEqualTo("00:00:00:01");

            // Seek to frame 30: the video stands in the middle of that frame, 30.5 / 24 s.
            writerPage.evaluate("() => document.querySelector('#take-player').showFrame(30)");
            writerPage.waitForFunction("() => { const v = document.querySelector('#take-player').shadowRoot"
                    + ".querySelector('video.main'); return !v.seeking && Math.abs(v.currentTime - 30.5 / 24) < 1e-6; }");
            assertThat(frame(writerPage)).isEqualTo("30");
            assertThat(timecode(writerPage)).isEqualTo("00:00:01:06");
            writerPage.keyboard().press("ArrowLeft");
            assertThat(frame(writerPage)).isEqualTo("29");
            assertThat(timecode(writerPage)).isEqualTo("00:00:01:05");

            // Space plays from there; the picture moves on.
            writerPage.keyboard().press("Space");
            writerPage.waitForFunction("() => { const v = document.querySelector('#take-player').shadowRoot"
                    + ".querySelector('video.main'); return v.currentTime > 31 / 24; }");
            writerPage.keyboard().press("k");
            assertThat(player.getAttribute("data-speed")).isEqualTo("0");
        } finally {
            Chromium.screenshot(writerPage, "storyboard-writer");
            Chromium.screenshot(directorPage, "storyboard-director");
        }
    }

    private static String frame(Page page) {
        return (String) page.evaluate("() => document.querySelector('#take-player').shadowRoot"
                + ".querySelector('.frame').textContent");
    }

    private static String timecode(Page page) {
        return (String) page.evaluate("() => document.querySelector('#take-player').shadowRoot"
                + ".querySelector('.timecode').textContent");
    }

    private static Page open(String base, String email, ProjectId project) {
        var page = chromium.newUser();
        Chromium.signIn(page, base, email, Actors.PASSWORD);
        page.navigate(base + "projects/" + project + "/storyboard");
        page.locator("#storyboard .sb-card").first().waitFor();
        return page;
    }
}
