package org.filmfactory.take.ui;

import com.microsoft.playwright.Page;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.awaitility.Awaitility;
import org.filmfactory.breakdown.Breakdowns;
import org.filmfactory.platform.VideoEncoder;
import org.filmfactory.platform.VideoFormat;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.screenplay.ScriptEditing;
import org.filmfactory.take.TakeGeneration;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.Chromium;
import org.filmfactory.testsupport.StudioNodes;
import tools.jackson.databind.json.JsonMapper;

/**
 * How long the take player takes to show many frame notes, in Chromium on an in-JVM studio node (run with
 * {@code bench/player-notes-bench.sh [notes...]}, default 1000 and 5000; nothing is asserted). A 3 000-frame take at
 * 30 fps; every note has a small drawing, the authors' seven colours take turns. Medians of five after one warm-up:
 * <ul>
 * <li>browser: from setting the notes on the element to the frame after the markers were painted;</li>
 * <li>server to screen: from pressing the test page's button (the server calls {@link TakePlayer#showNotes}) until
 *     the element reports the notes, painted;</li>
 * <li>overlay: seeking to a noted frame until its drawing is painted (frame after).</li>
 * </ul>
 * Figures are printed and appended to {@code target/bench-player-notes.txt}.
 */
public final class TakePlayerNotesBrowserBench {

    static final Path REPORT = Path.of("target", "bench-player-notes.txt");
    static final JsonMapper JSON = JsonMapper.builder().build();

    private TakePlayerNotesBrowserBench() {
    }

    public static void main(String[] args) throws Exception {
        var counts = args.length == 0 ? List.of(1000, 5000) : Arrays.stream(args).map(Integer::valueOf).toList();
        try (var nodes = new StudioNodes(1).start("--logging.level.root=WARN"); var chromium = new Chromium()) {
            var node = nodes.node(0);
            var owner = Actors.create(node, "Bea Bench").signIn();
            var project = node.getBean(ProjectManagement.class).create(new NewProject("Notes bench", "",
                    ScriptLanguage.EN, new OutputFormat(360, 640, 30)));
            node.getBean(ScriptEditing.class).save(project, 0, "INT. ROOM - DAY\n\nA long take.\n");
            var shot = Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(30))
                    .until(() -> node.getBean(Breakdowns.class).shots(project), s -> !s.isEmpty()).getFirst().id();
            var folder = Files.createTempDirectory("notes-bench");
            var clip = folder.resolve("long.mp4");
            int frames = 3000;
            new VideoEncoder().encode(new VideoFormat(320, 180, 30), frames, (g, f) -> {
                g.setColor(new java.awt.Color(f % 256, 64, 128));
                g.fillRect(0, 0, 320, 180);
            }, clip, p -> { }, () -> false);
            String takeId;
            try (InputStream in = Files.newInputStream(clip)) {
                takeId = node.getBean(TakeGeneration.class).upload(project, shot, "long.mp4", in, Files.size(clip))
                        .id().toString();
            }
            Actors.signOut();
            var page = chromium.newUser();
            page.setViewportSize(1280, 900);
            var base = nodes.url(0);
            Chromium.signIn(page, base, owner.email(), Actors.PASSWORD);
            // As in TakePlayerBrowserIT: the player's script comes with the shot page's chunk of the bundle.
            page.navigate(base + "projects/" + project + "/storyboard/" + shot);
            page.waitForFunction("() => customElements.get('ff-take-player') !== undefined");
            page.evaluate("href => { const a = document.createElement('a'); a.href = href;"
                    + " document.body.appendChild(a); a.click(); }",
                    "test-take-player?project=" + project + "&shot=" + shot + "&take=" + takeId);
            page.locator("#seek").waitFor();
            page.waitForFunction("() => document.querySelector('#take-player')?.shadowRoot"
                    + "?.querySelector('video.main').readyState >= 1");
            for (int count : counts) {
                var json = notes(count, frames);
                var browser = new ArrayList<Double>();
                var server = new ArrayList<Double>();
                var overlay = new ArrayList<Double>();
                for (int run = 0; run < 6; run++) {
                    double b = ((Number) page.evaluate("""
                            async (json) => {
                              const p = document.querySelector('#take-player');
                              p.notesJson = '[]';
                              await new Promise(r => requestAnimationFrame(r));
                              const t = performance.now();
                              p.notesJson = json;
                              await new Promise(r => requestAnimationFrame(() => setTimeout(r)));
                              return performance.now() - t;
                            }""", json)).doubleValue();
                    // Cleared in the browser and through the server: a server that still held the previous run's
                    // list would not send it again (the property would not change), and the wait below would never
                    // end.
                    page.evaluate("() => document.querySelector('#take-player').notesJson = '[]'");
                    typeNotes(page, "[]");
                    page.locator("#show-notes").click();
                    Chromium.awaitServer(page);
                    typeNotes(page, json);
                    double s = ((Number) page.evaluate("""
                            async (count) => {
                              const p = document.querySelector('#take-player');
                              const t = performance.now();
                              document.querySelector('#show-notes').click();
                              while (p.getAttribute('data-notes') !== String(count)) {
                                await new Promise(r => setTimeout(r, 2));
                              }
                              await new Promise(r => requestAnimationFrame(() => setTimeout(r)));
                              return performance.now() - t;
                            }""", count)).doubleValue();
                    double o = ((Number) page.evaluate("""
                            async (frame) => {
                              const p = document.querySelector('#take-player');
                              const t = performance.now();
                              p.seekToFrame(frame);
                              await new Promise(r => requestAnimationFrame(() => setTimeout(r)));
                              return p.getAttribute('data-overlay') === '0' ? -1 : performance.now() - t;
                            }""", 3 * (run + 1))).doubleValue();
                    if (run > 0) {
                        browser.add(b);
                        server.add(s);
                        overlay.add(o);
                    }
                }
                report(String.format(Locale.ROOT, "notes=%d json=%d KB: browser median %.1f ms (max %.1f), server to"
                        + " screen median %.1f ms (max %.1f), overlay on a noted frame median %.1f ms", count,
                        json.length() / 1024, median(browser), max(browser), median(server), max(server),
                        median(overlay)));
            }
        }
    }

    private static void typeNotes(Page page, String json) {
        page.locator("#notes textarea").evaluate("(t, v) => { t.value = v;"
                + " t.dispatchEvent(new Event('input', { bubbles: true }));"
                + " t.dispatchEvent(new Event('change', { bubbles: true })); }", json);
        Chromium.awaitServer(page);
    }

    private static String notes(int count, int frames) {
        var list = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < count; i++) {
            var note = new LinkedHashMap<String, Object>();
            note.put("id", "note-" + i);
            note.put("frame", (long) i * frames / count);
            note.put("colorIndex", i % 7);
            note.put("label", "Author " + (i % 7) + ": note number " + i);
            note.put("drawing", "{\"strokes\":[{\"tool\":\"arrow\",\"color\":\"#1c7ed6\",\"points\":[[0.2,0.2],"
                    + "[0.5,0.6]]},{\"tool\":\"ellipse\",\"color\":\"#e03131\",\"points\":[[0.6,0.6],[0.8,0.9]]}]}");
            list.add(note);
        }
        return JSON.writeValueAsString(list);
    }

    private static double median(List<Double> values) {
        var sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }

    private static void report(String line) throws java.io.IOException {
        System.out.println(line);
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, line + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
