package org.filmfactory.platform.internal;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.filmfactory.platform.JobId;
import org.filmfactory.platform.JobRequest;
import org.filmfactory.platform.JobState;
import org.filmfactory.platform.JobStatus;
import org.filmfactory.platform.UserMessage;
import org.filmfactory.platform.WorkQueue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The work queue on one node with three workers, one of them for heavy jobs: bounds, cancel, retry, failures, and
 * telling a handler that its job was given up (swept often, so that a handler that failed on hearing it hears it
 * again soon).
 */
@SpringBootTest(properties = {"filmfactory.test.jobs=true", "filmfactory.work.workers=3",
        "filmfactory.work.heavy-per-node=1", "filmfactory.work.retry-backoff=50ms", "filmfactory.work.max-attempts=3",
        "filmfactory.work.sweep=200ms", "filmfactory.work.gave-up-notice=10s"})
@ActiveProfiles("test")
class WorkQueueIT {

    @Autowired
    WorkQueue queue;

    @Autowired
    TestJobs testJobs;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    @Autowired
    com.hazelcast.core.HazelcastInstance hazelcast;

    @Autowired
    JobRows rows;

    final String group = UUID.randomUUID().toString();

    JobId submit(String kind, String payload, boolean heavy) {
        return queue.submit(new JobRequest(kind, group, UserMessage.of("test.title", payload), payload,
                JobRequest.NORMAL, heavy, "tester"));
    }

    /**
     * A job asked for inside a transaction reaches the cluster's queue when the transaction commits: before, another
     * node would find no row to claim and drop the job until the next reconciliation. Rolled back, it never does.
     */
    @Test
    void aJobSubmittedInATransactionIsQueuedWhenItCommitsAndNotAtAllWhenItRollsBack() {
        var map = hazelcast.getMap(HazelcastWorkQueue.JOBS);
        var queuedInside = new java.util.ArrayList<Boolean>();
        var id = transactions.execute(tx -> {
            var job = submit("test.record", "committed", false);
            queuedInside.add(map.containsKey(job.toString()));
            return job;
        });
        assertThat(queuedInside).containsExactly(false);
        await().atMost(ofSeconds(20)).until(() -> state(id) == JobState.DONE);
        assertThat(queue.status(id).orElseThrow().attempt()).isEqualTo(1);

        var rolledBack = transactions.execute(tx -> {
            var job = submit("test.record", "rolled back", false);
            tx.setRollbackOnly();
            return job;
        });
        assertThat(map.containsKey(rolledBack.toString())).isFalse();
        assertThat(queue.status(rolledBack)).isEmpty();
        assertThat(testJobs.log()).contains("committed").doesNotContain("rolled back");
    }

    JobState state(JobId id) {
        return queue.status(id).orElseThrow().state();
    }

    @Test
    void runsAJobAndKeepsItsResult() {
        var seen = new CopyOnWriteArrayList<JobStatus>();
        try (var watching = closing(queue.watch(group, seen::add))) {
            var id = submit("test.steps", "4;10;", false);

            await().atMost(ofSeconds(20)).until(() -> state(id) == JobState.DONE);
            var done = queue.status(id).orElseThrow();
            assertThat(done.result()).isEqualTo("done on node-1");
            assertThat(done.percent()).isEqualTo(100);
            assertThat(done.attempt()).isEqualTo(1);
            assertThat(done.node()).isEqualTo("node-1");
            assertThat(done.failure()).isNull();
            assertThat(done.title()).isEqualTo(UserMessage.of("test.title", "4;10;"));
            assertThat(queue.jobs(group, 10)).containsExactly(done);
            await().atMost(ofSeconds(10)).untilAsserted(() -> assertThat(seen.stream().map(JobStatus::state)
                    .distinct()).containsExactly(JobState.QUEUED, JobState.RUNNING, JobState.DONE));
        }
    }

    @Test
    void runsAtMostTheHeavyBoundOfHeavyJobsAtOnce() {
        var heavy1 = submit("test.gate", "heavy-1-" + group, true);
        await().atMost(ofSeconds(10)).until(() -> state(heavy1) == JobState.RUNNING);
        var heavy2 = submit("test.gate", "heavy-2-" + group, true);
        var light = submit("test.gate", "light-" + group, false);

        await().atMost(ofSeconds(10)).until(() -> state(light) == JobState.RUNNING);
        // A worker is free, but the one heavy slot is taken: the second heavy job waits first in the queue.
        assertThat(state(heavy2)).isEqualTo(JobState.QUEUED);
        assertThat(queue.status(heavy2).orElseThrow().position()).isEqualTo(1);

        testJobs.open("heavy-1-" + group);
        await().atMost(ofSeconds(10)).until(() -> state(heavy2) == JobState.RUNNING);
        testJobs.open("heavy-2-" + group);
        testJobs.open("light-" + group);
        await().atMost(ofSeconds(10)).until(() -> List.of(heavy1, heavy2, light).stream()
                .allMatch(id -> state(id) == JobState.DONE));
    }

    @Test
    void runsAtMostAHandlersPerNodeBoundOfItsKindAtOnce() {
        var single1 = submit("test.single", "single-1-" + group, false);
        await().atMost(ofSeconds(10)).until(() -> state(single1) == JobState.RUNNING);
        var single2 = submit("test.single", "single-2-" + group, false);
        var other = submit("test.record", "other-" + group, false);

        await().atMost(ofSeconds(10)).until(() -> state(other) == JobState.DONE);
        // Workers were free and the second was first in the queue, but one of its kind runs here already.
        assertThat(state(single2)).isEqualTo(JobState.QUEUED);

        testJobs.open("single-1-" + group);
        await().atMost(ofSeconds(10)).until(() -> state(single2) == JobState.RUNNING);
        testJobs.open("single-2-" + group);
        await().atMost(ofSeconds(10)).until(() -> state(single2) == JobState.DONE);
    }

    @Test
    void cancelsAQueuedJobAtOnceAndStopsARunningOne() {
        var blockers = List.of(submit("test.gate", "block-1-" + group, false),
                submit("test.gate", "block-2-" + group, false), submit("test.gate", "block-3-" + group, false));
        await().atMost(ofSeconds(10)).until(() -> blockers.stream().allMatch(id -> state(id) == JobState.RUNNING));
        var queued = submit("test.record", "never-" + group, false);

        queue.cancel(queued);
        assertThat(state(queued)).isEqualTo(JobState.CANCELLED);

        queue.cancel(blockers.getFirst());
        await().atMost(ofSeconds(10)).until(() -> state(blockers.getFirst()) == JobState.CANCELLED);
        testJobs.open("block-2-" + group);
        testJobs.open("block-3-" + group);
        await().atMost(ofSeconds(10)).until(() -> state(blockers.get(2)) == JobState.DONE
                && state(blockers.get(1)) == JobState.DONE);
        assertThat(testJobs.log()).doesNotContain("never-" + group);
        assertThat(queue.status(queued).orElseThrow().attempt()).isZero();
    }

    @Test
    void aJobThatKeepsFailingStopsRetryingAndSaysWhy() {
        var id = submit("test.fail", "99;disk on fire;" + group, false);

        await().atMost(ofSeconds(20)).until(() -> state(id) == JobState.FAILED);
        var failed = queue.status(id).orElseThrow();
        assertThat(failed.attempt()).isEqualTo(3);
        assertThat(failed.failure()).isEqualTo(
                UserMessage.of("platform.work.kept-failing", 3, "IllegalStateException: disk on fire"));
        assertThat(failed.result()).isNull();
    }

    /**
     * The FAILED end of a job the queue gave up and its handler's reaction are one transaction: a handler that fails
     * on hearing it leaves the row RUNNING (no end without the reaction, as when a node dies between the two), and
     * the queue tells it again until it takes it — once.
     */
    @Test
    void aHandlerThatFailsOnHearingItsJobWasGivenUpIsToldAgainAndTakesItOnce() {
        var id = submit("test.unheard", "1;" + group, false);

        await().atMost(ofSeconds(30)).until(() -> testJobs.heardGivingUp(id).size() == 1);
        await().atMost(ofSeconds(10)).until(() -> endRecorded(id));
        assertThat(testJobs.toldGivingUp(id)).isEqualTo(2);
        assertThat(testJobs.heardGivingUp(id)).containsExactly(true);
        assertThat(rows.find(id.toString()).orElseThrow().failure()).isEqualTo(
                UserMessage.of("platform.work.kept-failing", 3, "IllegalStateException: never works"));
    }

    /** A handler that never takes it does not keep the job RUNNING for ever: the end is recorded after a while. */
    @Test
    void aHandlerThatAlwaysFailsOnHearingItsJobWasGivenUpDoesNotHoldTheEndForEver() {
        var logged = new ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent>();
        var logger = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(HazelcastWorkQueue.class);
        logged.start();
        logger.addAppender(logged);
        try {
            var id = submit("test.unheard", "1000;" + group, false);

            await().atMost(ofSeconds(60)).until(() -> endRecorded(id));
            assertThat(testJobs.toldGivingUp(id)).isGreaterThan(1);
            assertThat(testJobs.heardGivingUp(id)).isEmpty();
            assertThat(state(id)).isEqualTo(JobState.FAILED);
            // Told again on every sweep, but the failure is a warning with its stack trace once, not once a sweep.
            var warnings = logged.list.stream()
                    .filter(event -> event.getLevel() == ch.qos.logback.classic.Level.WARN)
                    .filter(event -> event.getFormattedMessage().contains(id.toString()))
                    .filter(event -> event.getFormattedMessage().contains("on hearing")).toList();
            assertThat(warnings).hasSize(1);
            assertThat(warnings.getFirst().getThrowableProxy()).isNotNull();
        } finally {
            logger.detachAppender(logged);
        }
    }

    /** The job's row says FAILED and the cluster's queue has let it go. */
    private boolean endRecorded(JobId id) {
        return rows.find(id.toString()).orElseThrow().jobState() == JobState.FAILED
                && !hazelcast.getMap(HazelcastWorkQueue.JOBS).containsKey(id.toString());
    }

    @Test
    void aJobThatFailsOnceSucceedsOnItsSecondAttempt() {
        var id = submit("test.fail", "1;flaky;" + group, false);

        await().atMost(ofSeconds(20)).until(() -> state(id) == JobState.DONE);
        assertThat(queue.status(id).orElseThrow().result()).isEqualTo("succeeded on attempt 1");
        assertThat(queue.status(id).orElseThrow().attempt()).isEqualTo(2);
    }

    @Test
    void aUserFacingFailureIsNotRetried() {
        var id = submit("test.refuse", "no-" + group, false);

        await().atMost(ofSeconds(20)).until(() -> state(id) == JobState.FAILED);
        var failed = queue.status(id).orElseThrow();
        assertThat(failed.failure()).isEqualTo(UserMessage.of("test.refused", "no-" + group));
        assertThat(failed.attempt()).isEqualTo(1);
        assertThat(testJobs.log()).containsOnlyOnce("no-" + group);
    }

    @Test
    void retryQueuesAFailedJobWithAFreshAttemptCount() {
        var id = submit("test.fail", "3;not yet;" + group, false);
        await().atMost(ofSeconds(20)).until(() -> state(id) == JobState.FAILED);

        queue.retry(id);

        await().atMost(ofSeconds(20)).until(() -> state(id) == JobState.DONE);
        var done = queue.status(id).orElseThrow();
        assertThat(done.result()).isEqualTo("succeeded on attempt 0");
        assertThat(done.attempt()).isEqualTo(1);
        assertThat(done.failure()).isNull();
    }

    private static AutoCloseableNoThrow closing(AutoCloseable handle) {
        return () -> {
            try {
                handle.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }

    interface AutoCloseableNoThrow extends AutoCloseable {
        @Override
        void close();
    }
}
