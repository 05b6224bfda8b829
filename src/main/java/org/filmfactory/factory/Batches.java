package org.filmfactory.factory;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The production line: a batch of many films made unattended, spread over the cluster's nodes. Each source (a
 * screenplay file, an idea, or an existing project) becomes one project, and each project one film per preset, made
 * by a "Make film" run ({@link Factory}) with the batch's take policy. Nothing waits on a worker: the line starts the
 * next run of a project when its previous one ends, and records each film's end (made, or failed with its stage,
 * shot and cause) exactly once, on whichever node sees it first.
 *
 * <p>Visible to whoever started it, and to the members of its projects (who see the films of projects they can
 * view); an id of a batch the caller cannot see is refused like a forbidden action ({@code NotAllowed}).
 */
public interface Batches {

    /**
     * Creates the projects (the caller owns them) and queues every film; returns at once.
     *
     * @throws org.filmfactory.platform.UserFacingException when the batch has no source, no preset, or more films than
     *     the studio's limit; a source that cannot become a film (binary, empty, too large, not a screenplay) is not
     *     refused here but recorded as that film's failure, so the rest of the batch goes on
     */
    BatchId start(NewBatch batch);

    /** The batches the caller can see, newest first, at most {@code limit}. */
    List<BatchSummary> batches(int limit);

    /** One batch's counts and times. */
    Optional<BatchSummary> summary(BatchId batch);

    /** The films of one batch, in source order then preset order, each with the state of its run. */
    List<BatchFilm> films(BatchId batch);

    /**
     * Queues again only the failed films that can still become one: a failed run resumes from the stage it failed in,
     * a refused start starts again, and an idea whose screenplay could not be written is written again into its
     * project (unless the crew has written a script there meanwhile, which is then filmed as it is) and made like a
     * fresh one. A source that never became a project (an unreadable file) stays failed. Returns how many.
     */
    int retryFailed(BatchId batch);

    /** Stops a batch: queued films are not started, running runs are asked to stop. */
    void cancel(BatchId batch);

    /**
     * Calls {@code listener} whenever a film of {@code batch} changes (its state, stage or progress), from whichever
     * node made the change, until the returned handle is closed. Called on a background thread.
     */
    AutoCloseable watch(BatchId batch, Consumer<BatchId> listener);
}
