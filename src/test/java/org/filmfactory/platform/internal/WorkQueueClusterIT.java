package org.filmfactory.platform.internal;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.filmfactory.platform.JobId;
import org.filmfactory.platform.JobRequest;
import org.filmfactory.platform.JobState;
import org.filmfactory.platform.JobStatus;
import org.filmfactory.platform.UserMessage;
import org.filmfactory.platform.WorkQueue;
import org.filmfactory.testsupport.StudioNodes;
import org.filmfactory.testsupport.StudioProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three nodes, one worker each: two in this JVM and node-3 in a process of its own, which runs a job in steps. Kill
 * node-3 (SIGKILL) and another node finishes the job, once; stop it in order (SIGTERM) and it hands the job back at
 * once — with leases of ten minutes, so the job could not have come back through its lease running out, and one
 * attempt allowed, so a stop counted as a failure would have failed it.
 */
class WorkQueueClusterIT {

    static final String GROUP = "cluster";

    @TempDir
    Path folder;

    StudioNodes nodes;
    StudioProcess worker;

    @AfterEach
    void stop() {
        if (worker != null) {
            worker.close();
        }
        if (nodes != null) {
            nodes.close();
        }
    }

    /** Starts the nodes with both in-JVM workers held by a gate job, so the next job can only run on node-3. */
    JobId runOnNodeThree(Path done, String... settings) {
        var args = new java.util.ArrayList<>(List.of("--filmfactory.test.jobs=true", "--filmfactory.work.workers=1"));
        args.addAll(List.of(settings));
        nodes = new StudioNodes(2, StudioNodes.newSharedDatabase(folder)).start(args.toArray(String[]::new));
        var gates = List.of(submit("test.gate", "hold"), submit("test.gate", "hold"));
        await().atMost(ofSeconds(30))
                .until(() -> gates.stream().allMatch(id -> status(id).state() == JobState.RUNNING));
        worker = StudioProcess.start(nodes, "node-3", args.toArray(String[]::new));
        var job = submit("test.steps", "400;25;" + done);
        await().atMost(ofSeconds(60))
                .until(() -> status(job).state() == JobState.RUNNING && status(job).percent() >= 5);
        assertThat(status(job).node()).isEqualTo("node-3");
        return job;
    }

    void openGates() {
        nodes.node(0).getBean(TestJobs.class).open("hold");
        nodes.node(1).getBean(TestJobs.class).open("hold");
    }

    JobId submit(String kind, String payload) {
        return queue().submit(new JobRequest(kind, GROUP, UserMessage.of("test.title", kind), payload,
                JobRequest.NORMAL, false, null));
    }

    WorkQueue queue() {
        return nodes.node(0).getBean(WorkQueue.class);
    }

    JobStatus status(JobId id) {
        return queue().status(id).orElseThrow();
    }

    @Test
    void aKilledNodesJobIsFinishedOnceByAnotherNode() throws Exception {
        var done = folder.resolve("done.txt");
        // Leases of a minute: the job comes back because its member is gone, not because a lease ran out (and a busy
        // machine cannot take a gate from its node by a late heartbeat).
        var job = runOnNodeThree(done, "--filmfactory.work.lease=60s");

        worker.kill();
        openGates();

        await().atMost(ofSeconds(120)).until(() -> status(job).state() == JobState.DONE);
        var finished = status(job);
        assertThat(finished.node()).isIn("node-1", "node-2");
        assertThat(finished.attempt()).isEqualTo(2);
        assertThat(finished.result()).isEqualTo("done on " + finished.node());
        assertThat(Files.readAllLines(done)).containsExactly(job + " 1 " + finished.node());
        // Seen alike from the other node, and listed once.
        assertThat(nodes.node(1).getBean(WorkQueue.class).status(job)).contains(finished);
        assertThat(queue().jobs(GROUP, 10).stream().filter(listed -> listed.id().equals(job)))
                .containsExactly(finished);
    }

    @Test
    void anOrderlyStopHandsTheJobBackAtOnce() throws Exception {
        var done = folder.resolve("done.txt");
        // One attempt only: a stop counted as a failure would fail the job at once.
        var job = runOnNodeThree(done, "--filmfactory.work.lease=10m", "--filmfactory.work.max-attempts=1");
        openGates();
        // Both in-JVM workers free again: the job can go to either of them at once.
        await().atMost(ofSeconds(30)).until(() -> queue().jobs(GROUP, 10).stream()
                .filter(listed -> listed.kind().equals("test.gate")).allMatch(gate -> gate.state() == JobState.DONE));

        worker.stop();

        await().atMost(ofSeconds(60)).until(() -> status(job).state() == JobState.RUNNING
                && !"node-3".equals(status(job).node()));
        await().atMost(ofSeconds(60)).until(() -> status(job).state() == JobState.DONE);
        var finished = status(job);
        assertThat(finished.attempt()).isEqualTo(2);
        assertThat(finished.failure()).isNull();
        assertThat(Files.readAllLines(done)).containsExactly(job + " 1 " + finished.node());
    }
}
