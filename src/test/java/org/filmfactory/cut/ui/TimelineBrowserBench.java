package org.filmfactory.cut.ui;

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

/**
 * Figures of the timeline at feature length, in a real browser on an in-JVM studio node (run with
 * {@code bench/timeline-bench.sh}, not by the test suite; nothing is asserted), for a script of the given number of
 * scenes built by {@link FeatureLengthScript} (the default, 400 scenes, makes about 1 500 shots and so clips):
 * <ul>
 * <li>open time: from navigating to the cut until the timeline has drawn the cut (median of three, after one
 *     warm-up opening);</li>
 * <li>server heap per open timeline: {@code bench.screens} timelines open at once, heap after GC compared with
 *     before.</li>
 * </ul>
 * Each figure is printed and appended to {@code target/bench-timeline.txt}.
 */
public final class TimelineBrowserBench {

    static final Path REPORT = Path.of("target", "bench-timeline.txt");

    private final StudioNodes nodes;
    private final Chromium chromium;
    private final double timeoutMs = Integer.getInteger("bench.timeout-s", 120) * 1000.0;

    private TimelineBrowserBench(StudioNodes nodes, Chromium chromium) {
        this.nodes = nodes;
        this.chromium = chromium;
    }

    public static void main(String[] args) throws Exception {
        var sizes = args.length == 0 ? List.of("400") : List.of(args);
        try (var nodes = new StudioNodes(1).start("--logging.level.root=WARN"); var chromium = new Chromium()) {
            var bench = new TimelineBrowserBench(nodes, chromium);
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
        var editor = owner.bringOnto(project, ProjectRole.EDITOR, "Eve Editor");
        owner.signIn();
        node.getBean(ScriptEditing.class).save(project, 0, FeatureLengthScript.of(scenes));
        var breakdowns = node.getBean(Breakdowns.class);
        Awaitility.await().atMost(ofMinutes(10)).pollInSameThread()
                .until(() -> breakdowns.totals(project), t -> t.scriptRevision() > 0);
        var cut = node.getBean(Cuts.class).current(project);
        Actors.signOut();
        var label = String.format(Locale.ROOT, "%d scenes, %d clips", scenes, cut.clips().size());

        var pages = new ArrayList<Page>();
        var times = new ArrayList<Double>();
        for (int i = 0; i < 4; i++) {
            var page = signedIn(editor);
            pages.add(page);
            double ms = open(page, project, cut.revision());
            if (ms < 0) {
                record(String.format(Locale.ROOT, "timeline (%s): did not open within %.0f s", label,
                        timeoutMs / 1000));
                pages.forEach(p -> p.context().close());
                return;
            }
            if (i > 0) {
                times.add(ms);
            }
        }
        times.sort(Double::compare);
        record(String.format(Locale.ROOT, "timeline open (%s): median %.0f ms (%s)", label, times.get(1), times));
        pages.forEach(p -> p.context().close());

        var idle = new ArrayList<Page>();
        for (int i = 0; i < screens; i++) {
            idle.add(signedIn(editor));
        }
        long before = usedHeapAfterGc();
        for (var page : idle) {
            open(page, project, cut.revision());
            // Scroll to the end and back, as a person looking through the film would.
            page.locator("#timeline").evaluate("t => { const s = t.shadowRoot.querySelector('.scroller');"
                    + " s.scrollLeft = 1e9; s.scrollLeft = 0; }");
            Chromium.awaitServer(page);
        }
        long after = usedHeapAfterGc();
        record(String.format(Locale.ROOT, "server heap per open timeline (%s, %d screens, after GC): %.0f KB", label,
                screens, (after - before) / 1024.0 / screens));
        idle.forEach(p -> p.context().close());
    }

    private Page signedIn(Actor actor) {
        var page = chromium.newUser();
        Chromium.signIn(page, nodes.url(0), actor.email(), Actors.PASSWORD);
        return page;
    }

    /** Milliseconds from navigating to the timeline having drawn the cut, or -1 when it did not come in time. */
    private double open(Page page, ProjectId project, long revision) {
        long start = System.nanoTime();
        page.navigate(nodes.url(0) + "projects/" + project + "/cut", new Page.NavigateOptions().setTimeout(timeoutMs));
        try {
            page.locator("#timeline[data-revision='" + revision + "'][data-drawn]")
                    .waitFor(new Locator.WaitForOptions().setTimeout(timeoutMs));
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
