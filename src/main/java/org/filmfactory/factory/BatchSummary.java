package org.filmfactory.factory;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A batch's report: made, failed, time, cost.
 *
 * @param wall from the start to the last film's end (or so far)
 * @param cost what its paid backends cost (chat and generation), zero with the offline defaults
 */
public record BatchSummary(BatchId id, String name, String byName, Instant started, @Nullable Instant finished,
        int films, int queued, int running, int made, int failed, int cancelled, Duration wall, BigDecimal cost) {
}
