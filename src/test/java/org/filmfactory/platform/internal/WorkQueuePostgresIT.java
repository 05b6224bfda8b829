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
import org.filmfactory.testsupport.PostgresServer;
import org.filmfactory.testsupport.StudioNodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The queue's rows on PostgreSQL: a job that failed for good says why, and a restart runs what was queued. */
@ExtendWith(PostgresServer.class)
class WorkQueuePostgresIT {

    @TempDir
    Path folder;

    static String[] settings() {
        return new String[] {"--spring.datasource.username=" + PostgresServer.user(),
                "--spring.datasource.password=" + PostgresServer.password(),
                "--spring.datasource.driver-class-name=org.postgresql.Driver", "--filmfactory.test.jobs=true",
                "--filmfactory.work.workers=1", "--filmfactory.work.retry-backoff=50ms"};
    }

    static JobId submit(StudioNodes nodes, String kind, String payload) {
        return nodes.node(0).getBean(WorkQueue.class).submit(new JobRequest(kind, "postgres",
                UserMessage.of("test.title", payload, "第二"), payload, JobRequest.NORMAL, false, "someone"));
    }

    static JobState state(StudioNodes nodes, JobId id) {
        return nodes.node(0).getBean(WorkQueue.class).status(id).orElseThrow().state();
    }

    @Test
    void jobsOutliveARestartOnPostgres() throws Exception {
        var done = folder.resolve("done.txt");
        JobId failing;
        JobId running;
        JobId queued;
        try (var before = new StudioNodes(1, PostgresServer.url()).start(settings())) {
            failing = submit(before, "test.fail", "9;no luck;pg");
            await().atMost(ofSeconds(30)).until(() -> state(before, failing) == JobState.FAILED);
            running = submit(before, "test.steps", "400;20;" + done);
            queued = submit(before, "test.steps", "2;10;" + done);
            await().atMost(ofSeconds(10)).until(() -> state(before, running) == JobState.RUNNING);
        }

        try (var after = new StudioNodes(1, PostgresServer.url()).start(settings())) {
            var queue = after.node(0).getBean(WorkQueue.class);
            await().atMost(ofSeconds(60)).until(() -> state(after, running) == JobState.DONE
                    && state(after, queued) == JobState.DONE);
            assertThat(Files.readAllLines(done)).containsExactlyInAnyOrder(
                    running + " 1 node-1", queued + " 0 node-1");
            var failed = queue.status(failing).orElseThrow();
            assertThat(failed.failure()).isEqualTo(
                    UserMessage.of("platform.work.kept-failing", 3, "IllegalStateException: no luck"));
            assertThat(failed.title()).isEqualTo(UserMessage.of("test.title", "9;no luck;pg", "第二"));
            assertThat(queue.jobs("postgres", 10).stream().map(status -> status.id()))
                    .containsExactly(queued, running, failing);
        }
    }
}
