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
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.review.CommentTarget.OnTake;
import org.filmfactory.review.Drawing.Point;
import org.filmfactory.review.Drawing.Stroke;
import org.filmfactory.review.Drawing.Tool;
import org.filmfactory.screenplay.ScriptEditing;
import org.filmfactory.take.TakeGeneration;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.StudioNodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reading a take's threads when it has many comments (run with {@code bench/review-threads-bench.sh}, not by the test
 * suite; nothing is asserted): one studio node in this JVM on H2, one take of 48 frames with {@code bench.comments}
 * (default 1000) threads, every tenth with a 50-point drawing and every fifth with a reply. Printed: the time to post
 * them, then {@code Reviews.threadsOnTake} read 30 times (median and max, after 5 warm-up reads) and the heap the
 * result holds. Appended to {@code target/bench-review-threads.txt}.
 */
public final class ReviewThreadsBench {

    private static final Logger log = LoggerFactory.getLogger(ReviewThreadsBench.class);
    static final Path REPORT = Path.of("target", "bench-review-threads.txt");

    private ReviewThreadsBench() {
    }

    public static void main(String[] args) throws Exception {
        int count = Integer.getInteger("bench.comments", 1000);
        try (var nodes = new StudioNodes(1).start("--logging.level.root=WARN")) {
            var node = nodes.node(0);
            Actors.create(node, "Bench Director").signIn();
            var project = node.getBean(ProjectManagement.class).create(
                    new NewProject("Bench", "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
            long revision = node.getBean(ScriptEditing.class).save(project, 0, ReviewsIT.SCRIPT).revision();
            var breakdowns = node.getBean(Breakdowns.class);
            while (breakdowns.shotList(project).scriptRevision() != revision) {
                Thread.sleep(100);
            }
            var shot = breakdowns.shotList(project).shots().getFirst().id();
            var clip = Files.createTempFile("bench-clip", ".mp4");
            int frames = 48;
            node.getBean(VideoEncoder.class).encode(VideoFormat.VERTICAL_HD, frames, (g, frame) -> {
                g.setColor(java.awt.Color.GRAY);
                g.fillRect(0, 0, 1080, 1920);
            }, clip, percent -> { }, () -> false);
            var take = node.getBean(TakeGeneration.class).upload(project, shot, "clip.mp4",
                    Files.newInputStream(clip), Files.size(clip));
            var reviews = node.getBean(Reviews.class);
            var points = new ArrayList<Point>();
            for (int i = 0; i < 50; i++) {
                points.add(new Point(i / 50.0, 0.5 + Math.sin(i / 5.0) / 4));
            }
            var drawing = new Drawing(List.of(new Stroke(Tool.FREEHAND, "#e03030", points)));
            long postStart = System.nanoTime();
            for (int i = 0; i < count; i++) {
                var comment = reviews.comment(project, new OnTake(shot, take.id(), (long) (i % frames),
                        i % 10 == 0 ? drawing : null), "Note " + i + ": the **light** is *too* dark https://example.com");
                if (i % 5 == 0) {
                    reviews.reply(project, comment.id(), "Agreed, fixing it");
                }
            }
            double postSeconds = (System.nanoTime() - postStart) / 1e9;
            for (int i = 0; i < 5; i++) {
                reviews.threadsOnTake(project, take.id());
            }
            var times = new ArrayList<Double>();
            for (int i = 0; i < 30; i++) {
                long start = System.nanoTime();
                reviews.threadsOnTake(project, take.id());
                times.add((System.nanoTime() - start) / 1e6);
            }
            Collections.sort(times);
            System.gc();
            long before = heapUsed();
            var held = reviews.threadsOnTake(project, take.id());
            System.gc();
            long after = heapUsed();
            var line = String.format("threads on one take: %d threads (%d replies, %d drawings) posted in %.1f s; "
                            + "threadsOnTake median %.1f ms, max %.1f ms over 30 reads; result holds ~%d KB of heap "
                            + "(%d cores)", held.size(), count / 5, count / 10, postSeconds, times.get(15),
                    times.getLast(), Math.max(0, after - before) >> 10, Runtime.getRuntime().availableProcessors());
            log.warn(line);
            Files.createDirectories(REPORT.getParent());
            Files.writeString(REPORT, line + System.lineSeparator(), StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        }
        System.exit(0);
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
