package org.filmfactory.platform;

/**
 * Runs one kind of job. Handlers are Spring beans; the {@link WorkQueue} finds them by {@link #kind()}.
 *
 * <p>A run may be repeated (after a node died mid-way, or on retry), so it must be idempotent: write results under
 * names that carry the job id and attempt, and publish them only as the last step. A {@link UserFacingException}
 * is a failure a user can act on: it is recorded as the job's failure message and not retried. Any other exception
 * is retried with backoff until the queue's attempt limit, then recorded as the failure.
 */
public interface JobHandler {

    String kind();

    /**
     * Does the work. Returns a short result kept with the job (e.g. the id of what was made), or null.
     * When {@link JobContext#stopping()} turns true, return as soon as possible; the queue decides what it means.
     */
    @org.jspecify.annotations.Nullable
    String run(JobContext context) throws Exception;

    /**
     * How many runs of this kind one node runs at once, within the queue's workers (and heavy slots for heavy jobs):
     * the node claims no further job of this kind while that many run here. Unbounded by default.
     */
    default int perNode() {
        return Integer.MAX_VALUE;
    }

    /**
     * Whether a run of this kind mostly waits for other jobs it submitted (a "Make film" run waits for its takes and
     * its render). A node never lets such runs hold all of its workers: together they get at most its workers less its
     * heavy slots, and always at least one worker fewer than it has (but one, when it has a single worker), so the
     * jobs they wait for find a worker and the waiting runs cannot starve them. False by default.
     */
    default boolean waitsForJobs() {
        return false;
    }

    /**
     * The queue gave the job up: its runs kept failing (errors other than a {@link UserFacingException}, or the deaths
     * of the nodes running it) until the attempt limit, and it is now FAILED with {@code failure}. Called inside the
     * database transaction that records the FAILED end, on the one node that records it: work done here in a
     * transaction (rows, domain events) joins it and commits with the end, or not at all. If this throws (or marks
     * the transaction rollback-only), the end is not recorded and the queue calls again later, for at most
     * {@code filmfactory.work.gave-up-notice}; so it succeeds once per giving-up. Not called for a user-facing failure
     * (the run itself knows that one) nor for a cancel.
     *
     * @param request the job as it was submitted
     */
    default void gaveUp(JobId id, JobRequest request, UserMessage failure) {
    }
}
