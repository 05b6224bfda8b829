package org.filmfactory.review;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.filmfactory.breakdown.Breakdowns;
import org.filmfactory.platform.VideoEncoder;
import org.filmfactory.platform.VideoFormat;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ProjectRole;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.review.CommentTarget.OnTake;
import org.filmfactory.screenplay.ScriptEditing;
import org.filmfactory.take.TakeGeneration;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.Chromium;
import org.filmfactory.testsupport.StudioNodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Review as people feel it (run with {@code bench/review-latency-bench.sh}, not by the test suite; nothing is
 * asserted). Two studio nodes in this JVM; a writer's browser on node B has the shot page open.
 * <ol>
 * <li>Comment A → B: a director's comment posted through the facade on node A, {@code bench.samples} times (default
 *     30, one a second), until its text shows in the writer's review panel on node B — timed with the host's clock on
 *     both sides (the browser's {@code Date.now()} when a mutation shows it, the server's before the call).</li>
 * <li>A shot with {@code bench.comments} (default 1000) comments pinned over its take: a fresh browser opens the shot
 *     page; time to the take's first frame ({@code readyState >= 2}) and to all markers given to the player, and the
 *     heap the server holds per open page (after GC, five more pages opened).</li>
 * </ol>
 * Appended to {@code target/bench-review-latency.txt}.
 */
public final class ReviewLatencyBrowserBench {

    private static final Logger log = LoggerFactory.getLogger(ReviewLatencyBrowserBench.class);
    static final Path REPORT = Path.of("target", "bench-review-latency.txt");

    private ReviewLatencyBrowserBench() {
    }

    public static void main(String[] args) throws Exception {
        int samples = Integer.getInteger("bench.samples", 30);
        int count = Integer.getInteger("bench.comments", 1000);
        var lines = new ArrayList<String>();
        try (var nodes = new StudioNodes(2).start("--logging.level.root=WARN");
                var chromium = new Chromium()) {
            var nodeA = nodes.node(0);
            var owner = Actors.create(nodeA, "Olga Owner").signIn();
            var project = nodeA.getBean(ProjectManagement.class).create(
                    new NewProject("Bench", "", ScriptLanguage.EN, new OutputFormat(360, 640, 24)));
            var director = owner.bringOnto(project, ProjectRole.DIRECTOR, "Dario Director");
            var writer = owner.bringOnto(project, ProjectRole.WRITER, "Wang Writer");
            owner.signIn();
            long revision = nodeA.getBean(ScriptEditing.class).save(project, 0, ReviewsIT.SCRIPT).revision();
            var breakdowns = nodeA.getBean(Breakdowns.class);
            while (breakdowns.shotList(project).scriptRevision() != revision) {
                Thread.sleep(100);
            }
            var shots = breakdowns.shotList(project).shots();
            var shot = shots.getFirst().id();
            var busyShot = shots.get(1).id();
            director.signIn();
            int frames = 96;
            var take = upload(nodeA, project, shot, frames);
            var busyTake = upload(nodeA, project, busyShot, frames);
            var reviews = nodeA.getBean(Reviews.class);
            for (int i = 0; i < count; i++) {
                reviews.comment(project, new OnTake(busyShot, busyTake.id(), (long) (i % frames), null),
                        "Note " + i + ": the light is too dark");
            }
            Actors.signOut();

            // 1. Comment on node A → visible in the browser on node B.
            var page = chromium.newUser();
            Chromium.signIn(page, nodes.url(1), writer.email(), Actors.PASSWORD);
            page.navigate(nodes.url(1) + "projects/" + project + "/storyboard/" + shot);
            page.locator("#review-threads").waitFor();
            page.evaluate("""
                    () => {
                      window.__seen = {};
                      const note = () => {
                        for (const e of document.querySelectorAll('#review-threads .review-thread')) {
                          const m = /latency-(\\d+)/.exec(e.textContent);
                          if (m && !(m[1] in window.__seen)) window.__seen[m[1]] = Date.now();
                        }
                      };
                      new MutationObserver(note).observe(document.body, {subtree: true, childList: true, characterData: true});
                    }""");
            director.signIn();
            var delays = new ArrayList<Long>();
            for (int i = 0; i < samples; i++) {
                long sent = System.currentTimeMillis();
                reviews.comment(project, new OnTake(shot, take.id(), (long) (i % frames), null), "latency-" + i);
                int n = i;
                page.waitForFunction("() => '" + n + "' in window.__seen");
                delays.add(((Number) page.evaluate("() => window.__seen['" + n + "']")).longValue() - sent);
                Thread.sleep(1000);
            }
            Actors.signOut();
            Collections.sort(delays);
            lines.add(String.format("comment on node A -> shown on node B: median %d ms, p90 %d ms, max %d ms over %d"
                    + " comments (%d cores)", delays.get(delays.size() / 2), delays.get(delays.size() * 9 / 10),
                    delays.getLast(), delays.size(), Runtime.getRuntime().availableProcessors()));
            System.out.println(lines.getLast());

            // 2. Opening a shot with `count` pinned comments.
            var firstFrame = new ArrayList<Long>();
            var allMarkers = new ArrayList<Long>();
            var pages = new ArrayList<com.microsoft.playwright.Page>();
            long heapBefore = heapAfterGc();
            for (int i = 0; i < 6; i++) {
                var busy = chromium.newUser();
                Chromium.signIn(busy, nodes.url(0), writer.email(), Actors.PASSWORD);
                long start = System.currentTimeMillis();
                busy.navigate(nodes.url(0) + "projects/" + project + "/storyboard/" + busyShot);
                busy.waitForFunction("() => { const p = document.querySelector('#take-player');"
                        + " const v = p && p.shadowRoot && p.shadowRoot.querySelector('video.main');"
                        + " return v && v.readyState >= 2; }", null,
                        new com.microsoft.playwright.Page.WaitForFunctionOptions().setTimeout(120_000));
                firstFrame.add(System.currentTimeMillis() - start);
                busy.waitForFunction("() => { const p = document.querySelector('#take-player');"
                        + " return p && Number(p.getAttribute('data-notes')) >= " + count + "; }", null,
                        new com.microsoft.playwright.Page.WaitForFunctionOptions().setTimeout(120_000));
                allMarkers.add(System.currentTimeMillis() - start);
                pages.add(busy);
            }
            long heapAfter = heapAfterGc();
            Collections.sort(firstFrame);
            Collections.sort(allMarkers);
            lines.add(String.format("shot with %d pinned comments opened: first frame median %d ms (max %d), all "
                            + "markers median %d ms (max %d) over 6 opens; server heap per open review page ~%d KB",
                    count, firstFrame.get(3), firstFrame.getLast(), allMarkers.get(3), allMarkers.getLast(),
                    Math.max(0, heapAfter - heapBefore) / 6 / 1024));
        }
        Files.createDirectories(REPORT.getParent());
        for (var line : lines) {
            log.warn(line);
            System.out.println(line);
            Files.writeString(REPORT, line + System.lineSeparator(), StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        }
        System.exit(0);
    }

    private static org.filmfactory.take.TakeView upload(org.springframework.context.ApplicationContext node,
            org.filmfactory.project.ProjectId project, org.filmfactory.breakdown.ShotId shot, int frames)
            throws Exception {
        var clip = Files.createTempFile("bench-clip", ".mp4");
        node.getBean(VideoEncoder.class).encode(new VideoFormat(360, 640, 24), frames, (g, frame) -> {
            g.setColor(new java.awt.Color(frame * 2, 80, 120));
            g.fillRect(0, 0, 360, 640);
        }, clip, percent -> { }, () -> false);
        return node.getBean(TakeGeneration.class).upload(project, shot, "clip.mp4", Files.newInputStream(clip),
                Files.size(clip));
    }

    private static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
