package org.filmfactory.breakdown;

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
 * Figures of the shot list in a real browser on an in-JVM studio node (run with {@code bench/shot-list-bench.sh},
 * not by the test suite; nothing is asserted), for scripts of 3, 30, 150 (and on request 1 500) scenes built by
 * {@link FeatureLengthScript}:
 * <ul>
 * <li>open time: from navigating to the shot list until its first shot is in the page (median of three, after one
 *     warm-up opening);</li>
 * <li>server heap per open shot list: {@code bench.screens} lists open at once, heap after GC compared with before.</li>
 * </ul>
 * A list that does not open within {@code bench.timeout-s} is reported as such. Each figure is printed and appended
 * to {@code target/bench-shot-list.txt}.
 */
public final class ShotListBrowserBench {

    static final Path REPORT = Path.of("target", "bench-shot-list.txt");

    private final StudioNodes nodes;
    private final Chromium chromium;
    private final double timeoutMs = Integer.getInteger("bench.timeout-s", 120) * 1000.0;

    private ShotListBrowserBench(StudioNodes nodes, Chromium chromium) {
        this.nodes = nodes;
        this.chromium = chromium;
    }

    public static void main(String[] args) throws Exception {
        var sizes = args.length == 0 ? List.of("3", "30", "150") : List.of(args);
        try (var nodes = new StudioNodes(1).start("--logging.level.root=WARN"); var chromium = new Chromium()) {
            var bench = new ShotListBrowserBench(nodes, chromium);
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
                .create(new NewProject("Bench " + scenes, "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
        var director = owner.bringOnto(project, ProjectRole.DIRECTOR, "Dario Director");
        var text = FeatureLengthScript.of(scenes);
        owner.signIn();
        node.getBean(ScriptEditing.class).save(project, 0, text);
        var breakdowns = node.getBean(Breakdowns.class);
        director.signIn();
        // The whole list, read once here (it exists before and after issue 10), so the bench measures either.
        var list = Awaitility.await().atMost(ofMinutes(10)).pollInSameThread()
                .until(() -> breakdowns.shotList(project), l -> l.scriptRevision() > 0);
        Actors.signOut();
        var label = String.format(Locale.ROOT, "%d scenes, %d shots, %d KB", list.scenes().size(), list.shots().size(),
                text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length / 1024);

        var pages = new ArrayList<Page>();
        var times = new ArrayList<Double>();
        for (int i = 0; i < 4; i++) {
            var page = signedIn(director);
            pages.add(page);
            double ms = open(page, project);
            if (ms < 0) {
                record(String.format(Locale.ROOT, "shot list (%s): did not open within %.0f s", label,
                        timeoutMs / 1000));
                pages.forEach(p -> p.context().close());
                return;
            }
            if (i > 0) {
                times.add(ms);
            }
        }
        times.sort(Double::compare);
        record(String.format(Locale.ROOT, "shot list open (%s): median %.0f ms (%s)", label, times.get(1), times));
        pages.forEach(p -> p.context().close());

        var idle = new ArrayList<Page>();
        for (int i = 0; i < screens; i++) {
            idle.add(signedIn(director));
        }
        long before = usedHeapAfterGc();
        for (var page : idle) {
            open(page, project);
        }
        long after = usedHeapAfterGc();
        record(String.format(Locale.ROOT, "server heap per open shot list (%s, %d screens, after GC): %.0f KB", label,
                screens, (after - before) / 1024.0 / screens));
        idle.forEach(p -> p.context().close());
    }

    private Page signedIn(Actor actor) {
        var page = chromium.newUser();
        Chromium.signIn(page, nodes.url(0), actor.email(), Actors.PASSWORD);
        return page;
    }

    /** Milliseconds from navigating to the first shot in the page, or -1 when it did not come in time. */
    private double open(Page page, ProjectId project) {
        long start = System.nanoTime();
        page.navigate(nodes.url(0) + "projects/" + project + "/shots",
                new Page.NavigateOptions().setTimeout(timeoutMs));
        try {
            page.locator("#shot-list [data-lines]").first().waitFor(new Locator.WaitForOptions().setTimeout(timeoutMs));
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
