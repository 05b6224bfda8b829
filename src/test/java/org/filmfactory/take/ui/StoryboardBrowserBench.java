package org.filmfactory.take.ui;

import static java.time.Duration.ofMinutes;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.awaitility.Awaitility;
import org.filmfactory.breakdown.Breakdowns;
import org.filmfactory.breakdown.FeatureLengthScript;
import org.filmfactory.breakdown.ShotId;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ProjectRole;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.screenplay.ScriptEditing;
import org.filmfactory.take.TakeGeneration;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.Actors.Actor;
import org.filmfactory.testsupport.Chromium;
import org.filmfactory.testsupport.StudioNodes;

/**
 * Figures of the storyboard and the shot page at feature length, in a real browser on an in-JVM studio node (run with
 * {@code bench/storyboard-bench.sh}, not by the test suite; nothing is asserted), for a script of the given number
 * of scenes built by {@link FeatureLengthScript} (the default, 400 scenes, makes about 1 500 shots):
 * <ul>
 * <li>open time: from navigating to the storyboard until its first card is in the page (median of three, after one
 *     warm-up opening);</li>
 * <li>server heap per open storyboard (with its jobs panel) and per open shot page: {@code bench.screens} screens
 *     open at once, heap after GC compared with before.</li>
 * </ul>
 * With {@code -Dbench.queued=true} every shot is queued for generation first, so the jobs panel lists a full queue
 * (the queue starts working through it meanwhile). Each figure is printed and appended to
 * {@code target/bench-storyboard.txt}.
 */
public final class StoryboardBrowserBench {

    static final Path REPORT = Path.of("target", "bench-storyboard.txt");

    private final StudioNodes nodes;
    private final Chromium chromium;
    private final double timeoutMs = Integer.getInteger("bench.timeout-s", 120) * 1000.0;

    private StoryboardBrowserBench(StudioNodes nodes, Chromium chromium) {
        this.nodes = nodes;
        this.chromium = chromium;
    }

    public static void main(String[] args) throws Exception {
        var sizes = args.length == 0 ? List.of("400") : List.of(args);
        try (var nodes = new StudioNodes(1).start("--logging.level.root=WARN"); var chromium = new Chromium()) {
            var bench = new StoryboardBrowserBench(nodes, chromium);
            for (var size : sizes) {
                bench.measure(Integer.parseInt(size), Integer.getInteger("bench.screens", 5));
            }
        }
        System.exit(0);
    }

    void measure(int scenes, int screens) throws Exception {
        var node = nodes.node(0);
        var owner = Actors.create(node, "Olga Owner").signIn();
        var project = node.getBean(ProjectManagement.class)
                .create(new NewProject("Bench " + scenes, "", ScriptLanguage.EN, new OutputFormat(360, 640, 24)));
        var director = owner.bringOnto(project, ProjectRole.DIRECTOR, "Dario Director");
        var text = FeatureLengthScript.of(scenes);
        owner.signIn();
        node.getBean(ScriptEditing.class).save(project, 0, text);
        var breakdowns = node.getBean(Breakdowns.class);
        director.signIn();
        var list = Awaitility.await().atMost(ofMinutes(10)).pollInSameThread()
                .until(() -> breakdowns.shotList(project), l -> l.scriptRevision() > 0);
        ShotId middle = list.shots().get(list.shots().size() / 2).id();
        String queued = "";
        if (Boolean.getBoolean("bench.queued")) {
            queued = ", " + node.getBean(TakeGeneration.class).generateAllMissing(project) + " queued";
        }
        Actors.signOut();
        var label = String.format(Locale.ROOT, "%d scenes, %d shots%s", list.scenes().size(), list.shots().size(),
                queued);

        var pages = new ArrayList<Page>();
        var times = new ArrayList<Double>();
        for (int i = 0; i < 4; i++) {
            var page = signedIn(director);
            pages.add(page);
            double ms = open(page, project);
            if (ms < 0) {
                record(String.format(Locale.ROOT, "storyboard (%s): did not open within %.0f s", label,
                        timeoutMs / 1000));
                pages.forEach(p -> p.context().close());
                return;
            }
            if (i > 0) {
                times.add(ms);
            }
        }
        times.sort(Double::compare);
        record(String.format(Locale.ROOT, "storyboard open (%s): median %.0f ms (%s)", label, times.get(1), times));
        pages.forEach(p -> p.context().close());

        var idle = new ArrayList<Page>();
        for (int i = 0; i < screens; i++) {
            idle.add(signedIn(director));
        }
        long before = usedHeapAfterGc();
        for (var page : idle) {
            open(page, project);
            // Scroll to the end and back, as a person looking through the film would.
            page.evaluate("() => { const g = document.querySelector('#storyboard'); g.scrollToIndex(1e6); }");
            page.waitForTimeout(500);
            page.evaluate("() => document.querySelector('#storyboard').scrollToIndex(0)");
            Chromium.awaitServer(page);
        }
        long after = usedHeapAfterGc();
        record(String.format(Locale.ROOT, "server heap per open storyboard with its jobs panel (%s, %d screens,"
                + " after GC): %.0f KB", label, screens, (after - before) / 1024.0 / screens));

        before = usedHeapAfterGc();
        for (var page : idle) {
            page.navigate(nodes.url(0) + "projects/" + project + "/storyboard/" + middle,
                    new Page.NavigateOptions().setTimeout(timeoutMs));
            page.locator("#take-player").waitFor(new Locator.WaitForOptions().setTimeout(timeoutMs));
            Chromium.awaitServer(page);
        }
        after = usedHeapAfterGc();
        record(String.format(Locale.ROOT, "server heap per open shot page instead of a storyboard (%s, %d screens,"
                + " after GC): %+.0f KB", label, screens, (after - before) / 1024.0 / screens));
        idle.forEach(p -> p.context().close());
    }

    private Page signedIn(Actor actor) {
        var page = chromium.newUser();
        Chromium.signIn(page, nodes.url(0), actor.email(), Actors.PASSWORD);
        return page;
    }

    /** Milliseconds from navigating to the first card in the page, or -1 when it did not come in time. */
    private double open(Page page, ProjectId project) {
        long start = System.nanoTime();
        page.navigate(nodes.url(0) + "projects/" + project + "/storyboard",
                new Page.NavigateOptions().setTimeout(timeoutMs));
        try {
            page.locator("#storyboard .sb-card").first().waitFor(new Locator.WaitForOptions().setTimeout(timeoutMs));
        } catch (PlaywrightException late) {
            return -1;
        }
        return (System.nanoTime() - start) / 1e6;
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        var runtime = Runtime.getRuntime();
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static void record(String figure) throws Exception {
        System.out.println(figure);
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, figure + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
