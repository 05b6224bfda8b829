package org.filmfactory.take;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.filmfactory.breakdown.Breakdowns;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ProjectSummary;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.StudioNodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Generate all" on the demo studio (run with {@code bench/generate-all-bench.sh}, not by the test suite; nothing is
 * asserted): one studio node in this JVM, the demo projects as the studio seeds them, the demo director presses
 * "generate all missing" on each in turn, and the bench waits until every shot has a ready take. Printed per project:
 * shots, screen time, wall time from the press to the last take, and the node's memory while it generates — resident
 * set (VmRSS, sampled every 200 ms; JavaCV's native buffers count here, not in the heap) and heap used — before and
 * at the peak. Appended to {@code target/bench-generate-all.txt}.
 */
public final class GenerateAllBench {

    private static final Logger log = LoggerFactory.getLogger(GenerateAllBench.class);
    static final Path REPORT = Path.of("target", "bench-generate-all.txt");

    private GenerateAllBench() {
    }

    public static void main(String[] args) throws Exception {
        try (var nodes = new StudioNodes(1).start("--logging.level.root=WARN", "--filmfactory.demo.enabled=true")) {
            var node = nodes.node(0);
            new Actors.Actor(null, "director@example.com", "Dario Director", node).signIn();
            var projects = node.getBean(ProjectManagement.class);
            var breakdowns = node.getBean(Breakdowns.class);
            var takes = node.getBean(TakeGeneration.class);
            List<ProjectSummary> demo = waitFor(projects::mine, list -> list.size() >= 2);
            for (var project : demo) {
                var id = project.id();
                waitFor(() -> breakdowns.summary(id), summary -> summary.shots() > 0);
                var shots = breakdowns.shots(id);
                var screenTime = shots.stream().map(s -> s.duration()).reduce(Duration.ZERO, Duration::plus);
                System.gc();
                long rssBefore = rssKb();
                long heapBefore = heapUsed();
                var peakRss = new AtomicLong(rssBefore);
                var peakHeap = new AtomicLong(heapBefore);
                var sampler = Thread.ofPlatform().daemon().start(() -> {
                    while (!Thread.currentThread().isInterrupted()) {
                        peakRss.accumulateAndGet(rssKb(), Math::max);
                        peakHeap.accumulateAndGet(heapUsed(), Math::max);
                        try {
                            Thread.sleep(200);
                        } catch (InterruptedException stop) {
                            return;
                        }
                    }
                });
                long start = System.nanoTime();
                int queued = takes.generateAllMissing(id);
                var totals = waitFor(() -> takes.totals(id),
                        t -> t.ready() + t.failed() >= t.shots() && t.generating() == 0);
                double seconds = (System.nanoTime() - start) / 1e9;
                sampler.interrupt();
                var line = String.format(
                        "generate all '%s': %d shots queued (%d ready, %d failed), %.1f s of screen time, wall %.1f s "
                                + "(%.2f s per screen second); RSS %d MB before, peak %d MB; "
                                + "heap %d MB before, peak %d MB (%d cores, -Xmx %d MB)",
                        project.name(), queued, totals.ready(), totals.failed(), screenTime.toMillis() / 1000.0,
                        seconds, seconds / (screenTime.toMillis() / 1000.0), rssBefore / 1024, peakRss.get() / 1024,
                        heapBefore >> 20, peakHeap.get() >> 20, Runtime.getRuntime().availableProcessors(),
                        Runtime.getRuntime().maxMemory() >> 20);
                log.warn(line);
                Files.createDirectories(REPORT.getParent());
                Files.writeString(REPORT, line + System.lineSeparator(), StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            }
        }
        System.exit(0);
    }

    private static long rssKb() {
        try {
            for (var line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException unreadable) {
            return 0;
        }
        return 0;
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static <T> T waitFor(java.util.function.Supplier<T> read, java.util.function.Predicate<T> done)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
        while (System.nanoTime() < deadline) {
            var value = read.get();
            if (done.test(value)) {
                return value;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("gave up waiting after 30 minutes");
    }
}
