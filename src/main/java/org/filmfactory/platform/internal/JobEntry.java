package org.filmfactory.platform.internal;

import java.time.Duration;
import java.util.List;
import org.filmfactory.platform.JobState;
import org.filmfactory.platform.UserMessage;
import org.jspecify.annotations.Nullable;

/**
 * A queued, running or just finished job as the cluster holds it in the queue's map (compact serialization: concrete
 * fields only; times are epoch milliseconds, 0 for "not yet"). Changed only by the entry processors of
 * {@link HazelcastWorkQueue}, each of which checks the state it expects, so every change is one atomic step on the
 * key's owner.
 *
 * @param order the submission's place in the queue's order among jobs of one priority and group: the submission
 *     time in microseconds, made unique among one node's submissions (a burst submitted in one millisecond keeps
 *     its order)
 * @param claim grows by one each time a node takes the job, never reset; with {@code memberId} it names one run
 * @param attempt starts since submission or the last retry, as people see it
 * @param failures failed runs since submission or the last retry (exceptions, deaths of the node running it)
 * @param memberId the Hazelcast member running it (RUNNING), or null
 * @param node the name of the node running or that last ran it, or null
 * @param lastCause what went wrong in the last failed run, for the final message, or null
 */
record JobEntry(String id, String kind, String group, String titleKey, String[] titleArgs, String payload,
        int priority, boolean heavy, @Nullable String requestedBy, String state, long submitted, long order,
        long notBefore, int attempt, int failures, int claim, @Nullable String memberId, @Nullable String node, long started,
        long leaseUntil, long heartbeat, int percent, @Nullable String stageKey, String[] stageArgs,
        boolean cancelRequested, @Nullable String failureKey, String[] failureArgs, @Nullable String lastCause,
        @Nullable String result, long finished) {

    JobState jobState() {
        return JobState.valueOf(state);
    }

    boolean runBy(String member, int run) {
        return JobState.RUNNING.name().equals(state) && member.equals(memberId) && claim == run;
    }

    JobEntry claimed(String member, String nodeName, long now, long lease) {
        return new JobEntry(id, kind, group, titleKey, titleArgs, payload, priority, heavy, requestedBy,
                JobState.RUNNING.name(), submitted, order, notBefore, attempt + 1, failures, claim + 1, member,
                nodeName, now, now + lease, now, 0, null, new String[0], false, null, new String[0], lastCause, null, 0);
    }

    JobEntry beat(int newPercent, @Nullable String newStageKey, String[] newStageArgs, long now, long lease) {
        return new JobEntry(id, kind, group, titleKey, titleArgs, payload, priority, heavy, requestedBy, state,
                submitted, order, notBefore, attempt, failures, claim, memberId, node, started, now + lease, now,
                newPercent, newStageKey, newStageArgs, cancelRequested, failureKey, failureArgs, lastCause, result, finished);
    }

    JobEntry askedToStop() {
        return new JobEntry(id, kind, group, titleKey, titleArgs, payload, priority, heavy, requestedBy, state,
                submitted, order, notBefore, attempt, failures, claim, memberId, node, started, leaseUntil, heartbeat,
                percent, stageKey, stageArgs, true, failureKey, failureArgs, lastCause, result, finished);
    }

    /** Back in the queue: {@code failed} counts the run as a failure (its cause kept), a hand-back does not. */
    JobEntry requeued(boolean failed, @Nullable String cause, long readyAt) {
        return new JobEntry(id, kind, group, titleKey, titleArgs, payload, priority, heavy, requestedBy,
                JobState.QUEUED.name(), submitted, order, readyAt, attempt, failed ? failures + 1 : failures, claim,
                null, node, started, 0, heartbeat, 0, null, new String[0], false, null, new String[0],
                failed ? cause : lastCause, null, 0);
    }

    JobEntry finishedAs(JobState end, @Nullable String newResult, @Nullable UserMessage failure, int failureCount,
            long now) {
        return new JobEntry(id, kind, group, titleKey, titleArgs, payload, priority, heavy, requestedBy, end.name(),
                submitted, order, notBefore, attempt, failureCount, claim, memberId, node, started, 0, heartbeat,
                end == JobState.DONE ? 100 : percent, stageKey, stageArgs, cancelRequested,
                failure == null ? null : failure.key(),
                failure == null ? new String[0] : failure.arguments().toArray(String[]::new), lastCause, newResult,
                now);
    }

    JobEntry withLastCause(@Nullable String cause) {
        return new JobEntry(id, kind, group, titleKey, titleArgs, payload, priority, heavy, requestedBy, state,
                submitted, order, notBefore, attempt, failures, claim, memberId, node, started, leaseUntil, heartbeat,
                percent, stageKey, stageArgs, cancelRequested, failureKey, failureArgs, cause, result, finished);
    }

    /**
     * Time left at the rate of progress so far, while RUNNING with some progress: if a quarter took a minute, three
     * minutes are left. Null before the first progress and when not running.
     */
    @Nullable Duration eta(long now) {
        if (!JobState.RUNNING.name().equals(state) || percent <= 0 || percent >= 100 || started <= 0) {
            return null;
        }
        return Duration.ofMillis(Math.max(0, now - started) * (100 - percent) / percent);
    }

    UserMessage title() {
        return new UserMessage(titleKey, List.of(titleArgs));
    }

    @Nullable UserMessage stage() {
        return stageKey == null ? null : new UserMessage(stageKey, List.of(stageArgs));
    }

    @Nullable UserMessage failure() {
        return failureKey == null ? null : new UserMessage(failureKey, List.of(failureArgs));
    }
}
