package org.filmfactory.take.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.filmfactory.breakdown.Breakdowns;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.screenplay.ScriptEditing;
import org.filmfactory.take.TakeGeneration;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.BrowserStudio;
import org.filmfactory.testsupport.Chromium;
import org.filmfactory.testsupport.StudioNodes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The storyboard and the shot page on a phone (390 × 844) and a tablet (768 × 1024): nothing reaches past the right
 * edge of the window, the cards reflow to two columns on the phone, and the shot page puts the player above the take
 * strip. Screenshots are left under {@code target/screenshots/}.
 */
@BrowserStudio
class StoryboardOnPhoneBrowserIT {

    static final String SCRIPT = """
            INT. TEA HOUSE - DAWN

            OLD WANG wipes the tables. Rain at the window, a long line of action that has to wrap on a narrow screen.

            OLD WANG
            Nobody will come today.

            EXT. STREET - NIGHT

            The street is empty.
            """;

    static StudioNodes studio;
    static Chromium chromium;

    @ParameterizedTest(name = "{0} × {1}")
    @CsvSource({"390, 844, 2", "768, 1024, 4"})
    void storyboardAndShotPageFitTheWindow(int width, int height, int columns) {
        var node = studio.node(0);
        var owner = Actors.create(node, "Nadia Narrow").signIn();
        var project = node.getBean(ProjectManagement.class).create(new NewProject(
                "Tea house at dawn, a long project name for a narrow screen", "", ScriptLanguage.EN,
                new OutputFormat(360, 640, 24)));
        node.getBean(ScriptEditing.class).save(project, 0, SCRIPT);
        var breakdowns = node.getBean(Breakdowns.class);
        var shots = Awaitility.await().pollInSameThread().until(() -> breakdowns.shots(project), s -> s.size() >= 2);
        var takes = node.getBean(TakeGeneration.class);
        takes.generateAllMissing(project);
        Awaitility.await().pollInSameThread().atMost(java.time.Duration.ofMinutes(3))
                .until(() -> takes.totals(project).ready() == shots.size());
        Actors.signOut();

        var base = studio.url(0);
        var page = chromium.newUser();
        page.setViewportSize(width, height);
        Map<String, String> problems = new LinkedHashMap<>();
        Chromium.signIn(page, base, owner.email(), Actors.PASSWORD);
        page.navigate(base + "projects/" + project + "/storyboard");
        page.locator("#storyboard .sb-card[data-state='READY']").first().waitFor();
        check(page, width, "storyboard", problems);
        var tops = page.locator("#storyboard .sb-row").first().locator(".sb-card")
                .evaluateAll("cards => cards.map(c => Math.round(c.getBoundingClientRect().top))");
        @SuppressWarnings("unchecked")
        var firstLine = ((List<Number>) tops).stream().filter(top -> top.intValue() == ((List<Number>) tops)
                .getFirst().intValue()).count();
        int inFirstRow = page.locator("#storyboard .sb-row").first().locator(".sb-card").count();
        assertThat(firstLine).as("cards on the first line").isEqualTo(Math.min(columns, inFirstRow));

        page.locator("#card-" + shots.getFirst().id()).click();
        page.locator("#take-strip .take-item").first().waitFor();
        check(page, width, "shot-page", problems);
        if (width < 600) {
            double playerBottom = ((Number) page.evaluate(
                    "() => document.querySelector('#take-player').getBoundingClientRect().bottom")).doubleValue();
            double stripTop = ((Number) page.evaluate(
                    "() => document.querySelector('#take-strip').getBoundingClientRect().top")).doubleValue();
            assertThat(stripTop).as("the take strip is below the player").isGreaterThan(playerBottom);
        }
        page.context().close();

        assertThat(problems).as("screens wider than %d px", width).isEmpty();
    }

    private static void check(Page page, int width, String screen, Map<String, String> problems) {
        Chromium.awaitServer(page);
        page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
        Chromium.screenshot(page, "storyboard-" + width + "-" + screen);
        var found = Chromium.tooWide(page);
        if (!found.isEmpty()) {
            problems.put(screen, String.join("\n  ", found));
        }
    }

}
