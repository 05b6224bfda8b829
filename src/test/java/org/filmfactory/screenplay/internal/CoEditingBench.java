package org.filmfactory.screenplay.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ProjectRole;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.screenplay.ScriptEditing;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.StudioNodes;

/**
 * The co-editing load figures (bench/co-editing-bench.sh): N editors speaking the browser's protocol, half on each
 * of two nodes, all typing into one script — each types a character every {@code pace} ms and pushes what it has
 * every 30 ms, as the browser does — for a fixed time. Prints accepted steps per second and the push latency
 * (accepted or told "behind") percentiles. A bench, not a test: nothing is asserted.
 */
public final class CoEditingBench {

    public static void main(String[] args) throws Exception {
        int seconds = Integer.getInteger("bench.seconds", 20);
        int pace = Integer.getInteger("bench.pace", 150);
        for (var arg : args) {
            int editors = Integer.parseInt(arg);
            try (var nodes = new StudioNodes(2).start("--logging.level.root=WARN")) {
                run(nodes, editors, seconds, pace);
            }
        }
        System.exit(0);
    }

    private static void run(StudioNodes nodes, int editors, int seconds, int pace) throws InterruptedException {
        var owner = Actors.create(nodes.node(0), "Bench Owner").signIn();
        var project = nodes.node(0).getBean(ProjectManagement.class)
                .create(new NewProject("Bench " + editors, "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
        var writers = new ArrayList<Actors.Actor>();
        for (int i = 0; i < editors; i++) {
            writers.add(owner.bringOnto(project, ProjectRole.WRITER, "Writer " + i));
        }
        var latencies = new ConcurrentLinkedQueue<Long>();
        var accepted = new AtomicLong();
        var behind = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        var done = new CountDownLatch(editors);
        for (int i = 0; i < editors; i++) {
            var actor = writers.get(i);
            var editing = nodes.node(i % 2).getBean(ScriptEditing.class);
            int index = i;
            Thread.ofPlatform().start(() -> {
                try {
                    actor.signIn();
                    var client = new ProtocolClient(editing, project, "bench" + index);
                    var random = new Random(index);
                    long nextKey = System.nanoTime();
                    while (System.nanoTime() < end) {
                        long now = System.nanoTime();
                        while (nextKey <= now) {
                            var text = client.writer().text();
                            int at = random.nextInt(text.length() + 1);
                            if (at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at))) {
                                at--;
                            }
                            client.writer().edit(at, at, random.nextInt(8) == 0 ? "\n" : "a");
                            nextKey += pace * 1_000_000L;
                        }
                        long sent = System.nanoTime();
                        int batch = client.writer().sendableUpdates().size();
                        var outcome = client.push();
                        if (outcome != null) {
                            latencies.add(System.nanoTime() - sent);
                            if (outcome.accepted()) {
                                accepted.addAndGet(batch);
                            } else {
                                behind.incrementAndGet();
                            }
                        }
                        if (!client.catchUp()) {
                            client.reconnect();
                        }
                        Thread.sleep(30);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        var sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "editors=%d seconds=%d pace=%dms accepted-steps=%d (%.1f/s) pushes=%d"
                        + " behind=%d (%.1f%%) push-latency-ms p50=%.2f p90=%.2f p99=%.2f max=%.2f%n",
                editors, seconds, pace, accepted.get(), accepted.get() / (double) seconds, sorted.size(),
                behind.get(), 100.0 * behind.get() / Math.max(1, sorted.size()), ms(sorted, 0.50),
                ms(sorted, 0.90), ms(sorted, 0.99), ms(sorted, 1.0));
    }

    private static double ms(List<Long> sorted, double quantile) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1_000_000.0;
    }
}
