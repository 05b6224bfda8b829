package org.filmfactory.platform.internal;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import org.filmfactory.platform.JobId;
import org.filmfactory.platform.JobRequest;
import org.filmfactory.platform.JobState;
import org.filmfactory.platform.UserMessage;
import org.filmfactory.platform.WorkQueue;
import org.filmfactory.testsupport.StudioNodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Jobs live in the database: a studio stopped (or crashed) with jobs queued and running runs them after a restart. */
class WorkQueueRestartIT {

    @TempDir
    Path folder;

    static final String[] ONE_WORKER = {"--filmfactory.test.jobs=true", "--filmfactory.work.workers=1"};

    static JobId submit(StudioNodes nodes, String payload) {
        return nodes.node(0).getBean(WorkQueue.class).submit(new JobRequest("test.steps", "restart",
                UserMessage.of("test.title", payload), payload, JobRequest.NORMAL, false, null));
    }

    static JobState state(StudioNodes nodes, JobId id) {
        return nodes.node(0).getBean(WorkQueue.class).status(id).orElseThrow().state();
    }

    @Test
    void aStudioStoppedWithJobsRunsThemAfterARestart() throws Exception {
        var database = StudioNodes.newDatabase();
        var done = folder.resolve("done.txt");
        JobId running;
        JobId queued;
        try (var before = new StudioNodes(1, database).start(ONE_WORKER)) {
            running = submit(before, "400;20;" + done);
            queued = submit(before, "2;10;" + done);
            await().atMost(ofSeconds(10)).until(() -> state(before, running) == JobState.RUNNING);
            assertThat(state(before, queued)).isEqualTo(JobState.QUEUED);
        }

        try (var after = new StudioNodes(1, database).start(ONE_WORKER)) {
            await().atMost(ofSeconds(60)).until(() -> state(after, running) == JobState.DONE
                    && state(after, queued) == JobState.DONE);
            var queue = after.node(0).getBean(WorkQueue.class);
            // Handed back by the orderly stop: started again, not counted as a failure.
            assertThat(queue.status(running).orElseThrow().attempt()).isEqualTo(2);
            assertThat(queue.status(running).orElseThrow().failure()).isNull();
            assertThat(Files.readAllLines(done)).containsExactlyInAnyOrder(
                    running + " 1 node-1", queued + " 0 node-1");
        }
    }

    @Test
    void aStudioThatCrashedWithAJobRunningRunsItAgainAfterARestart() throws Exception {
        var database = StudioNodes.newDatabase();
        var done = folder.resolve("done.txt");
        JobId running;
        JobId queued;
        var before = new StudioNodes(1, database).start(ONE_WORKER);
        try {
            running = submit(before, "400;20;" + done);
            queued = submit(before, "2;10;" + done);
            await().atMost(ofSeconds(10)).until(() -> state(before, running) == JobState.RUNNING);
            before.kill(0);
        } finally {
            before.close();
        }

        try (var after = new StudioNodes(1, database).start(ONE_WORKER)) {
            await().atMost(ofSeconds(60)).until(() -> state(after, running) == JobState.DONE
                    && state(after, queued) == JobState.DONE);
            assertThat(after.node(0).getBean(WorkQueue.class).status(running).orElseThrow().attempt()).isEqualTo(2);
            assertThat(Files.readAllLines(done)).containsExactlyInAnyOrder(
                    running + " 1 node-1", queued + " 0 node-1");
        }
    }
}
