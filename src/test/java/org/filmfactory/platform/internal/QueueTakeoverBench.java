package org.filmfactory.platform.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.filmfactory.platform.JobId;
import org.filmfactory.platform.JobRequest;
import org.filmfactory.platform.JobState;
import org.filmfactory.platform.JobStatus;
import org.filmfactory.platform.UserMessage;
import org.filmfactory.platform.WorkQueue;
import org.filmfactory.testsupport.StudioNodes;
import org.filmfactory.testsupport.StudioProcess;

/**
 * How long the cluster takes to take over the job of a node killed with SIGKILL, with the queue's default lease and
 * heartbeat: two nodes in this JVM and, per sample, a node in a process of its own that runs a 2 s job in steps and is
 * killed at about a tenth of it. Prints, per sample, kill → the job RUNNING on another node and kill → DONE (which
 * includes running the 2 s job again), then the medians. Run by {@code bench/queue-takeover-bench.sh [SAMPLES]}.
 */
public final class QueueTakeoverBench {

    private QueueTakeoverBench() {
    }

    public static void main(String[] args) throws Exception {
        int samples = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        var folder = Files.createTempDirectory("queue-takeover-bench");
        var settings = new String[] {"--filmfactory.test.jobs=true", "--filmfactory.work.workers=1"};
        var running = new ArrayList<Double>();
        var done = new ArrayList<Double>();
        try (var nodes = new StudioNodes(2, StudioNodes.newSharedDatabase(folder)).start(settings)) {
            var queue = nodes.node(0).getBean(WorkQueue.class);
            for (int sample = 1; sample <= samples; sample++) {
                var gate = "hold-" + sample;
                var gates = List.of(submit(queue, "test.gate", gate), submit(queue, "test.gate", gate));
                awaitUntil(() -> gates.stream().allMatch(id -> status(queue, id).state() == JobState.RUNNING));
                try (var worker = StudioProcess.start(nodes, "node-3-" + sample, settings)) {
                    var job = submit(queue, "test.steps", "100;20;" + folder.resolve("done.txt"));
                    awaitUntil(() -> status(queue, job).state() == JobState.RUNNING
                            && status(queue, job).percent() >= 10);
                    long killed = System.nanoTime();
                    worker.kill();
                    nodes.node(0).getBean(TestJobs.class).open(gate);
                    nodes.node(1).getBean(TestJobs.class).open(gate);
                    awaitUntil(() -> status(queue, job).state() != JobState.QUEUED
                            && !worker.nodeName().equals(status(queue, job).node()));
                    double takenOver = (System.nanoTime() - killed) / 1e9;
                    awaitUntil(() -> status(queue, job).state() == JobState.DONE);
                    double finished = (System.nanoTime() - killed) / 1e9;
                    running.add(takenOver);
                    done.add(finished);
                    System.out.printf(Locale.ROOT, "sample %d: kill -> RUNNING on %s %.2f s, kill -> DONE %.2f s%n",
                            sample, status(queue, job).node(), takenOver, finished);
                }
            }
        }
        System.out.printf(Locale.ROOT, "median of %d: kill -> RUNNING elsewhere %.2f s, kill -> DONE %.2f s%n",
                samples, median(running), median(done));
        System.exit(0);
    }

    private static JobId submit(WorkQueue queue, String kind, String payload) {
        return queue.submit(new JobRequest(kind, "bench", UserMessage.of("test.title", kind), payload,
                JobRequest.NORMAL, false, null));
    }

    private static JobStatus status(WorkQueue queue, JobId id) {
        return queue.status(id).orElseThrow();
    }

    private static void awaitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not within 3 minutes");
            }
            Thread.sleep(20);
        }
    }

    private static double median(List<Double> values) {
        var sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
