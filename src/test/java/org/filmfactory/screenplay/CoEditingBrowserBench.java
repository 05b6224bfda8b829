package org.filmfactory.screenplay;

import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ProjectRole;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.Actors.Actor;
import org.filmfactory.testsupport.Chromium;
import org.filmfactory.testsupport.StudioNodes;

/**
 * Figures of the script editor in real browsers on two in-JVM nodes (run with {@code bench/co-editing-browser-bench.sh},
 * not by the test suite; nothing is asserted):
 * <ul>
 * <li>{@code keystroke}: from a key pressed in a browser on node A to the character in a browser on node B, both
 *     moments taken inside the browsers (median, p90, p99, max);</li>
 * <li>{@code memory}: server heap per open editor of a feature-length (180 KB) script, ten editors, after GC;</li>
 * <li>{@code nginx}: the keystroke figures as people meet them, two nodes behind nginx and three browsers
 *     ({@link KeystrokeThroughNginxBench}).</li>
 * </ul>
 * Each figure is printed and appended to {@code target/bench-co-editing-browser.txt}.
 */
public final class CoEditingBrowserBench {

    static final String SCRIPT = "INT. CAFE - DAY\n\nSHARED: ";
    static final String LETTERS = "abcdefghijklm";
    static final Path REPORT = Path.of("target", "bench-co-editing-browser.txt");

    private final StudioNodes nodes;
    private final Chromium chromium;
    private final ProjectId project;
    private final Actor writerA;
    private final Actor writerB;

    private CoEditingBrowserBench(StudioNodes nodes, Chromium chromium) {
        this.nodes = nodes;
        this.chromium = chromium;
        var owner = Actors.create(nodes.node(0), "Olga Owner").signIn();
        project = nodes.node(0).getBean(ProjectManagement.class)
                .create(new NewProject("Bench", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
        nodes.node(0).getBean(ScriptEditing.class).save(project, 0, SCRIPT);
        writerA = owner.bringOnto(project, ProjectRole.WRITER, "Ada Writer");
        writerB = owner.bringOnto(project, ProjectRole.WRITER, "Bo Writer");
        Actors.signOut();
    }

    public static void main(String[] args) throws Exception {
        var which = args.length == 0 ? List.of("keystroke", "memory") : List.of(args);
        for (var figure : which) {
            if (figure.equals("nginx")) {
                KeystrokeThroughNginxBench.run(
                        java.util.Arrays.stream(System.getProperty("bench.scenes", "3,150").split(","))
                                .map(Integer::valueOf).toList(),
                        Integer.getInteger("bench.keystrokes", 400),
                        Double.parseDouble(System.getProperty("bench.keys-per-second", "9")));
                continue;
            }
            try (var nodes = new StudioNodes(2).start("--logging.level.root=WARN"); var chromium = new Chromium()) {
                var bench = new CoEditingBrowserBench(nodes, chromium);
                switch (figure) {
                    case "keystroke" -> bench.keystrokeToAnotherNodesBrowser(Integer.getInteger("bench.keystrokes", 520));
                    case "memory" -> bench.memoryPerOpenEditor(Integer.getInteger("bench.editors", 10));
                    default -> throw new IllegalArgumentException("no figure " + figure + "; keystroke or memory");
                }
            }
        }
        System.exit(0);
    }

    void keystrokeToAnotherNodesBrowser(int keystrokes) throws Exception {
        var a = open(nodes.url(0), writerA);
        var b = open(nodes.url(1), writerB);
        a.locator("ff-script-editor .cm-line").last().click();
        a.keyboard().press("End");
        // B timestamps every character of A's as it appears in B's editor.
        b.evaluate("() => { window.__seen = []; const e = document.querySelector('ff-script-editor');"
                + " const count = () => (e.text.match(/[a-m]/g) || []).length;"
                + " new MutationObserver(() => { const n = count(); const t = performance.timeOrigin + performance.now();"
                + " while (window.__seen.length < n) window.__seen.push(t); })"
                + ".observe(e, {subtree: true, childList: true, characterData: true}); }");
        a.evaluate("() => { window.__typed = []; document.querySelector('ff-script-editor').addEventListener('keydown',"
                + " () => window.__typed.push(performance.timeOrigin + performance.now()), true); }");
        for (int i = 0; i < keystrokes; i++) {
            a.keyboard().type(String.valueOf(LETTERS.charAt(i % LETTERS.length())));
            // A typing pace of 40 keys a second.
            Thread.sleep(25);
        }
        b.waitForCondition(() -> ((Number) b.evaluate("() => window.__seen.length")).intValue() >= keystrokes,
                new Page.WaitForConditionOptions().setTimeout(120_000));
        @SuppressWarnings("unchecked")
        var typed = (List<Number>) a.evaluate("() => window.__typed");
        @SuppressWarnings("unchecked")
        var seen = (List<Number>) b.evaluate("() => window.__seen");
        var delays = new ArrayList<Double>();
        for (int i = 0; i < Math.min(typed.size(), keystrokes); i++) {
            delays.add(seen.get(i).doubleValue() - typed.get(i).doubleValue());
        }
        delays.sort(Double::compare);
        int n = delays.size();
        record(String.format(Locale.ROOT, "keystroke node A browser -> node B browser, n=%d: median %.1f ms,"
                        + " p90 %.1f ms, p99 %.1f ms, max %.1f ms", n, delays.get(n / 2),
                delays.get((int) (n * 0.9)), delays.get((int) (n * 0.99)), delays.getLast()));
    }

    void memoryPerOpenEditor(int editors) throws Exception {
        // About 120 scenes of 1.5 KB each, the shape of a feature screenplay.
        var text = new StringBuilder(SCRIPT);
        for (int scene = 1; text.length() < 180_000; scene++) {
            text.append("\n\nINT. ROOM ").append(scene).append(" - NIGHT\n\n");
            for (int beat = 0; beat < 6; beat++) {
                text.append("Rain on the window. Maya counts the seconds between thunder and light.\n\n")
                        .append("MAYA\nWe leave when it stops. Not a minute before.\n\n");
            }
        }
        writerA.signIn();
        nodes.node(0).getBean(ScriptEditing.class).save(project, 1, text.toString());
        Actors.signOut();
        var warm = open(nodes.url(0), writerA);
        warm.waitForCondition(() -> text(warm).length() == text.length());
        long before = usedHeapAfterGc();
        for (int i = 0; i < editors; i++) {
            var page = open(nodes.url(0), i % 2 == 0 ? writerA : writerB);
            page.waitForCondition(() -> text(page).length() == text.length());
        }
        long after = usedHeapAfterGc();
        record(String.format(Locale.ROOT, "server heap per open editor (180 KB script, %d editors, after GC):"
                + " %.0f KB", editors, (after - before) / 1024.0 / editors));
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        var runtime = Runtime.getRuntime();
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private Page open(String base, Actor actor) {
        var page = chromium.newUser();
        Chromium.signIn(page, base, actor.email(), Actors.PASSWORD);
        page.navigate(base + "projects/" + project + "/script");
        page.locator("ff-script-editor .cm-content").waitFor();
        page.waitForCondition(() -> text(page).startsWith("INT. "));
        return page;
    }

    private static String text(Page page) {
        return String.valueOf(page.evaluate("() => document.querySelector('ff-script-editor').text"));
    }

    static void record(String figure) throws Exception {
        System.out.println(figure);
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, figure + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
