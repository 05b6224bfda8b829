package org.filmfactory.cut.ui;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.filmfactory.breakdown.Breakdowns;
import org.filmfactory.breakdown.FeatureLengthScript;
import org.filmfactory.cut.CutSnapshot;
import org.filmfactory.cut.Cuts;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ProjectRole;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.screenplay.ScriptEditing;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.Actors.Actor;
import org.filmfactory.testsupport.Chromium;
import org.filmfactory.testsupport.StudioNodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A feature-length cut (400 scenes, some 1 500 clips) on the timeline: it opens, the canvas draws exactly the clips
 * in its window (not the whole cut) wherever it is scrolled, and on a phone (390 px) nothing sticks out of the screen
 * while the timeline itself scrolls sideways.
 */
class TimelineFeatureLengthBrowserIT {

    static final int SCENES = 400;

    static StudioNodes nodes;
    static Chromium chromium;
    static ProjectId project;
    static Actor owner;
    static Actor editor;
    static CutSnapshot cut;

    @BeforeAll
    static void start() {
        nodes = new StudioNodes(1).start();
        chromium = new Chromium();
        var node = nodes.node(0);
        owner = Actors.create(node, "Olga Owner").signIn();
        project = node.getBean(ProjectManagement.class).create(
                new NewProject("Feature", "", ScriptLanguage.EN, new OutputFormat(360, 640, 24)));
        node.getBean(ScriptEditing.class).save(project, 0, FeatureLengthScript.of(SCENES));
        editor = owner.bringOnto(project, ProjectRole.EDITOR, "Eve Editor");
        owner.signIn();
        var breakdowns = node.getBean(Breakdowns.class);
        await().atMost(ofSeconds(300)).pollInSameThread()
                .until(() -> breakdowns.totals(project), t -> t.scriptRevision() > 0);
        cut = node.getBean(Cuts.class).current(project);
        Actors.signOut();
    }

    @AfterAll
    static void stop() {
        chromium.close();
        nodes.close();
    }

    @Test
    void aFeatureLengthCutOpensAndDrawsOnlyTheClipsInItsWindow() {
        assertThat(cut.clips().size()).isGreaterThanOrEqualTo(1500);
        var page = open(1280, 900);
        try {
            assertThat(page.locator("#timeline").getAttribute("data-clips"))
                    .isEqualTo(String.valueOf(cut.clips().size()));
            assertDrawsExactlyTheWindow(page);

            scrollTo(page, cut.starts()[750] * zoom(page));
            assertDrawsExactlyTheWindow(page);
            assertThat(drawn(page)).contains(cut.clips().get(750).id().toString());

            page.locator("#timeline").evaluate("t => t.pixelsPerFrame = 0.25");
            scrollTo(page, 1e9);
            assertDrawsExactlyTheWindow(page);
            assertThat(drawn(page)).endsWith(cut.clips().getLast().id().toString());
        } finally {
            Chromium.screenshot(page, "timeline-feature");
            page.context().close();
        }
    }

    @Test
    void onAPhoneNothingSticksOutAndTheTimelineScrollsSideways() {
        var page = open(390, 844);
        try {
            assertThat(Chromium.tooWide(page)).isEmpty();
            var scroller = "t => { const s = t.shadowRoot.querySelector('.scroller');"
                    + " return [s.scrollWidth, s.clientWidth]; }";
            @SuppressWarnings("unchecked")
            var widths = (List<Number>) page.locator("#timeline").evaluate(scroller);
            assertThat(widths.get(0).intValue()).isGreaterThan(widths.get(1).intValue());
            assertThat(widths.get(1).intValue()).isLessThanOrEqualTo(390);
            scrollTo(page, cut.starts()[20] * zoom(page));
            assertDrawsExactlyTheWindow(page);
            assertThat(Chromium.tooWide(page)).isEmpty();
            // The controls wrap instead of widening the page.
            assertThat(page.locator("#clip-panel").boundingBox().width).isLessThanOrEqualTo(390);
        } finally {
            Chromium.screenshot(page, "timeline-phone");
            page.context().close();
        }
    }

    static Page open(int width, int height) {
        var page = chromium.newUser();
        page.setViewportSize(width, height);
        Chromium.signIn(page, nodes.url(0), editor.email(), Actors.PASSWORD);
        page.navigate(nodes.url(0) + "projects/" + project + "/cut");
        page.locator("#timeline[data-drawn]").waitFor();
        page.waitForCondition(() -> String.valueOf(cut.revision())
                .equals(page.locator("#timeline").getAttribute("data-revision")));
        return page;
    }

    static double zoom(Page page) {
        return ((Number) page.locator("#timeline").evaluate("t => t.pixelsPerFrame")).doubleValue();
    }

    static void scrollTo(Page page, double x) {
        page.locator("#timeline").evaluate("(t, x) => { t.shadowRoot.querySelector('.scroller').scrollLeft = x; }", x);
        // The next paint draws the new window.
        page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
    }

    @SuppressWarnings("unchecked")
    static List<String> drawn(Page page) {
        return (List<String>) page.locator("#timeline").evaluate("t => t.drawnClipIds()");
    }

    /** The clips the canvas drew are exactly those the server's cut puts in the window scrolled to. */
    static void assertDrawsExactlyTheWindow(Page page) {
        @SuppressWarnings("unchecked")
        var window = (Map<String, Number>) page.locator("#timeline").evaluate("t => { const s = t.shadowRoot"
                + ".querySelector('.scroller'); return {left: s.scrollLeft, width: s.clientWidth,"
                + " zoom: t.pixelsPerFrame}; }");
        double zoom = window.get("zoom").doubleValue();
        int from = (int) Math.floor(window.get("left").doubleValue() / zoom);
        int to = (int) Math.ceil((window.get("left").doubleValue() + window.get("width").doubleValue()) / zoom) + 1;
        var starts = cut.starts();
        var expected = new ArrayList<String>();
        for (int i = 0; i < starts.length; i++) {
            if (starts[i] < to && starts[i] + cut.clips().get(i).frames() > from) {
                expected.add(cut.clips().get(i).id().toString());
            }
        }
        assertThat(expected).isNotEmpty().hasSizeLessThan(cut.clips().size() / 10);
        assertThat(drawn(page)).containsExactlyElementsOf(expected);
        assertThat(page.locator("#timeline").getAttribute("data-drawn")).isEqualTo(String.valueOf(expected.size()));
    }
}
