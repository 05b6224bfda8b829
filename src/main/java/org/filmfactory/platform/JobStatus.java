package org.filmfactory.platform;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A job as everyone sees it, on every node.
 *
 * @param position place in the queue among QUEUED jobs, from 1; 0 when not queued
 * @param percent progress 0–100
 * @param eta estimated time left while RUNNING (from progress so far), or null
 * @param stage what it is doing now, e.g. "encoding"
 * @param node the node running (or that last ran) it, or null
 * @param attempt how many times it was started, from 0
 * @param failure why it failed or stopped retrying, or null
 * @param result what the handler returned when DONE (e.g. a take id), or null
 */
public record JobStatus(JobId id, String kind, String group, UserMessage title, JobState state, int priority,
        int position, int percent, @Nullable Duration eta, @Nullable UserMessage stage, @Nullable String node,
        int attempt, @Nullable UserMessage failure, @Nullable String result, Instant submitted,
        @Nullable Instant started, @Nullable Instant finished) {
}
