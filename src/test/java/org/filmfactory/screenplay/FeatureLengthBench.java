package org.filmfactory.screenplay;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.awaitility.Awaitility;
import org.filmfactory.breakdown.Breakdowns;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ProjectRole;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.Actors.Actor;
import org.filmfactory.testsupport.Chromium;
import org.filmfactory.testsupport.FeatureScript;
import org.filmfactory.testsupport.StudioNodes;

/**
 * How the studio copes with the length of the script (run with {@code bench/feature-length-bench.sh}, not by the
 * test suite; nothing is asserted). For each length in scenes, on two in-JVM nodes with real browsers:
 * <ul>
 * <li>script screen open: from navigating to the script route to the whole text in the editor and the breakdown
 *     panel showing the derived breakdown;</li>
 * <li>keystroke: a key pressed in a browser on node A to the character in a browser on node B, at 9 keys a second;</li>
 * <li>shot list open: from navigating to the shot list route to its first shot on screen (whatever the view);</li>
 * <li>heap per open script screen: server heap after GC with a few more script screens open, per screen.</li>
 * </ul>
 * Each figure is printed and appended to {@code target/bench-feature-length.txt}.
 */
public final class FeatureLengthBench {

    static final Path REPORT = Path.of("target", "bench-feature-length.txt");
    static final String LETTERS = "abcdefghijklm";
    /** What counts as the shot list's first shot: a shot row of the list, or a row of a grid showing shots. */
    static final String FIRST_SHOT = "() => !!document.querySelector(\"[id^='shot-'].shot-row, #shot-grid vaadin-grid-cell-content:not(:empty), vaadin-grid[id*='shot'] vaadin-grid-cell-content:not(:empty)\")";

    private final StudioNodes nodes;
    private final Chromium chromium;
    private final Actor owner;
    private final Actor writerA;
    private final Actor writerB;
    private final ProjectId project;
    private final int scenes;
    private final String text;

    private FeatureLengthBench(StudioNodes nodes, Chromium chromium, int scenes) throws Exception {
        this.nodes = nodes;
        this.chromium = chromium;
        this.scenes = scenes;
        this.text = FeatureScript.ofScenes(scenes);
        owner = Actors.create(nodes.node(0), "Olga Owner").signIn();
        project = nodes.node(0).getBean(ProjectManagement.class)
                .create(new NewProject("Feature " + scenes, "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
        writerA = owner.bringOnto(project, ProjectRole.WRITER, "Ada Writer");
        writerB = owner.bringOnto(project, ProjectRole.WRITER, "Bo Writer");
        owner.signIn();
        long started = System.nanoTime();
        long revision = nodes.node(0).getBean(ScriptEditing.class).save(project, 0, text).revision();
        var breakdowns = nodes.node(0).getBean(Breakdowns.class);
        var derived = Awaitility.await().atMost(Duration.ofMinutes(30)).pollInSameThread()
                .pollInterval(Duration.ofMillis(200))
                .until(() -> breakdowns.shotList(project), list -> list.scriptRevision() == revision);
        note("%d scenes: %d KB, %d scenes parsed, %d shots, saved and broken down in %.1f s", scenes,
                text.length() / 1024, derived.scenes().size(), derived.shots().size(),
                (System.nanoTime() - started) / 1e9);
        Actors.signOut();
    }

    public static void main(String[] args) throws Exception {
        var lengths = args.length == 0 ? List.of("3", "30", "150", "1500") : List.of(args);
        int samples = Integer.getInteger("bench.samples", 3);
        try (var nodes = new StudioNodes(2).start("--logging.level.root=WARN"); var chromium = new Chromium()) {
            for (var length : lengths) {
                int scenes = Integer.parseInt(length);
                var bench = new FeatureLengthBench(nodes, chromium, scenes);
                int n = scenes >= 1500 ? Math.max(1, samples / 3) : samples;
                bench.scriptScreenOpen(n);
                bench.keystroke(Integer.getInteger("bench.keystrokes", 60));
                bench.shotListOpen(n, Integer.getInteger("bench.shotListTimeout", 120));
                bench.heapPerScriptScreen(Integer.getInteger("bench.screens", 5));
            }
        }
        System.exit(0);
    }

    void scriptScreenOpen(int samples) throws Exception {
        var page = signedIn(nodes.url(0), writerA);
        var times = new ArrayList<Double>();
        for (int i = 0; i < samples; i++) {
            long started = System.nanoTime();
            openScript(page, nodes.url(0));
            times.add((System.nanoTime() - started) / 1e6);
        }
        page.context().close();
        note("%d scenes: script screen open, n=%d: %s", scenes, samples, summary(times));
    }

    void keystroke(int keystrokes) throws Exception {
        var a = signedIn(nodes.url(0), writerA);
        var b = signedIn(nodes.url(1), writerB);
        openScript(a, nodes.url(0));
        openScript(b, nodes.url(1));
        a.locator("ff-script-editor .cm-content").click();
        a.keyboard().press("Control+Home");
        // B timestamps each character of A's as the text grows; the text is only read while it grows.
        b.evaluate("() => { window.__seen = []; const e = document.querySelector('ff-script-editor');"
                + " const start = e.text.length;"
                + " new MutationObserver(() => { const n = e.text.length - start;"
                + " const t = performance.timeOrigin + performance.now();"
                + " while (window.__seen.length < n) window.__seen.push(t); })"
                + ".observe(e, {subtree: true, childList: true, characterData: true}); }");
        a.evaluate("() => { window.__typed = []; document.querySelector('ff-script-editor').addEventListener('keydown',"
                + " () => window.__typed.push(performance.timeOrigin + performance.now()), true); }");
        for (int i = 0; i < keystrokes; i++) {
            a.keyboard().type(String.valueOf(LETTERS.charAt(i % LETTERS.length())));
            Thread.sleep(111);
        }
        b.waitForCondition(() -> ((Number) b.evaluate("() => window.__seen.length")).intValue() >= keystrokes,
                new Page.WaitForConditionOptions().setTimeout(300_000));
        @SuppressWarnings("unchecked")
        var typed = (List<Number>) a.evaluate("() => window.__typed");
        @SuppressWarnings("unchecked")
        var seen = (List<Number>) b.evaluate("() => window.__seen");
        var delays = new ArrayList<Double>();
        for (int i = 0; i < Math.min(typed.size(), keystrokes); i++) {
            delays.add(seen.get(i).doubleValue() - typed.get(i).doubleValue());
        }
        a.context().close();
        b.context().close();
        note("%d scenes: keystroke node A -> node B at 9 keys/s, n=%d: %s", scenes, delays.size(), summary(delays));
    }

    void shotListOpen(int samples, int timeoutSeconds) throws Exception {
        var page = signedIn(nodes.url(0), writerA);
        var times = new ArrayList<Double>();
        for (int i = 0; i < samples; i++) {
            long started = System.nanoTime();
            page.navigate(nodes.url(0) + "projects/" + project + "/shots");
            try {
                page.waitForFunction(FIRST_SHOT, null,
                        new Page.WaitForFunctionOptions().setTimeout(timeoutSeconds * 1000.0).setPollingInterval(20));
            } catch (com.microsoft.playwright.TimeoutError slow) {
                note("%d scenes: shot list open: no shot after %d s", scenes, timeoutSeconds);
                page.context().close();
                return;
            }
            times.add((System.nanoTime() - started) / 1e6);
        }
        page.context().close();
        note("%d scenes: shot list open, n=%d: %s", scenes, samples, summary(times));
    }

    void heapPerScriptScreen(int screens) throws Exception {
        var context = signedIn(nodes.url(0), writerA).context();
        openScript(context.pages().getFirst(), nodes.url(0));
        long before = usedHeapAfterGc();
        for (int i = 0; i < screens; i++) {
            openScript(context.newPage(), nodes.url(0));
        }
        long after = usedHeapAfterGc();
        context.close();
        note("%d scenes: server heap per open script screen (%d screens, after GC): %.0f KB", scenes, screens,
                (after - before) / 1024.0 / screens);
    }

    private Page signedIn(String base, Actor actor) {
        var page = chromium.newUser();
        page.context().setDefaultTimeout(600_000);
        Chromium.signIn(page, base, actor.email(), Actors.PASSWORD);
        return page;
    }

    /** Opens the script screen and waits for the whole text in the editor and the breakdown beside it. */
    private void openScript(Page page, String base) {
        page.navigate(base + "projects/" + project + "/script");
        page.waitForFunction("n => { const e = document.querySelector('ff-script-editor');"
                        + " const s = document.querySelector('#breakdown-panel-status');"
                        + " return e && e.text && e.text.length >= n && s && s.getAttribute('data-revision') > 0; }",
                text.length(), new Page.WaitForFunctionOptions().setTimeout(600_000).setPollingInterval(20));
    }

    private static String summary(List<Double> values) {
        var sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        int n = sorted.size();
        return String.format(Locale.ROOT, "median %.0f ms, p90 %.0f ms, p99 %.0f ms, max %.0f ms", sorted.get(n / 2),
                sorted.get(Math.min(n - 1, (int) (n * 0.9))), sorted.get(Math.min(n - 1, (int) (n * 0.99))),
                sorted.getLast());
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        var runtime = Runtime.getRuntime();
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static void note(String format, Object... args) throws Exception {
        var figure = String.format(Locale.ROOT, format, args);
        System.out.println(figure);
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, figure + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
