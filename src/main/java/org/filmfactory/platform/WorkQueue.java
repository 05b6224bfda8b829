package org.filmfactory.platform;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One queue for the whole cluster for every long job: generation, voice, renders, "Make film". Jobs and their history
 * are in the database; claiming and running them is coordinated through Hazelcast (see the implementation's Javadoc
 * for why a job is never lost and never finishes twice). Thread-safe.
 */
public interface WorkQueue {

    /**
     * Queues a job; it runs on some node when a worker is free. Stored before this returns; inside a transaction it
     * is stored in it and queued when it commits (not at all when it rolls back).
     */
    JobId submit(JobRequest request);

    /** Cancels a queued job at once, or asks a running one to stop. Nothing happens to a finished job. */
    void cancel(JobId id);

    /** Queues a failed or cancelled job again, with a fresh attempt count. */
    void retry(JobId id);

    Optional<JobStatus> status(JobId id);

    /** A group's jobs: running and queued first (in queue order), then the most recent finished, at most {@code limit}. */
    List<JobStatus> jobs(String group, int limit);

    /**
     * Calls {@code listener} on every change to a job of {@code group}, from whichever node made it, until the
     * returned handle is closed. Called on a background thread: a view goes through {@code ui.access}.
     */
    AutoCloseable watch(String group, Consumer<JobStatus> listener);
}
