package org.filmfactory.platform.internal;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The cluster work queue on this node.
 *
 * @param workers jobs this node runs at once; default the number of cores, at least 2 (generation by a remote
 *     backend mostly waits)
 * @param heavyPerNode heavy jobs (encoding, rendering) this node runs at once, within {@code workers}; default one per
 *     two cores, at least 1
 * @param maxAttempts failed runs (an exception other than a user-facing one, or the death of the node running it)
 *     before a job stops retrying and is FAILED
 * @param retryBackoff wait before the first retry; each further retry waits twice as long
 * @param lease how long a running job stays its node's without a heartbeat; the fallback for a node that is gone
 *     without the cluster noticing (a dead member is noticed sooner). Well under 30 s, so a dead node's job is taken
 *     over within 30 s
 * @param heartbeat how often a node renews the leases of its running jobs; well under {@code lease}
 * @param sweep how often each node looks for jobs of departed nodes and expired leases
 * @param reconcile how often each node compares the database with the cluster's queue (jobs the cluster lost)
 * @param progressInterval least time between two progress updates of a job in the cluster (what watchers see)
 * @param databaseProgressInterval least time between two progress writes of a job to the database, besides stage
 *     changes
 * @param poll how often an idle node looks for work without being told of any (jobs waiting out a backoff)
 * @param handBackWait how long an orderly stop waits for its handed-back jobs' handlers to return
 * @param gaveUpNotice how long the queue keeps telling the handler of a job it gave up ({@code JobHandler.gaveUp})
 *     while the handler fails on hearing it: the FAILED end is recorded with the handler's reaction, so meanwhile
 *     the job's row stays RUNNING (the cluster already shows it FAILED); after that the end is recorded without it
 */
@ConfigurationProperties("filmfactory.work")
@Validated
record WorkSettings(
        @Nullable @Min(1) Integer workers,
        @Nullable @Min(1) Integer heavyPerNode,
        @DefaultValue("3") @Min(1) int maxAttempts,
        @DefaultValue("2s") Duration retryBackoff,
        @DefaultValue("15s") Duration lease,
        @DefaultValue("3s") Duration heartbeat,
        @DefaultValue("2s") Duration sweep,
        @DefaultValue("10s") Duration reconcile,
        @DefaultValue("250ms") Duration progressInterval,
        @DefaultValue("5s") Duration databaseProgressInterval,
        @DefaultValue("1s") Duration poll,
        @DefaultValue("5s") Duration handBackWait,
        @DefaultValue("2m") Duration gaveUpNotice) {

    int workersOrDefault() {
        return workers != null ? workers : Math.max(2, Runtime.getRuntime().availableProcessors());
    }

    int heavyPerNodeOrDefault() {
        return Math.min(workersOrDefault(),
                heavyPerNode != null ? heavyPerNode : Math.max(1, Runtime.getRuntime().availableProcessors() / 2));
    }
}
