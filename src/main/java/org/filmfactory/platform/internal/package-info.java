/**
 * Hazelcast member, clock and node identity wiring, the media store on a local folder or an S3-compatible bucket,
 * and the cluster work queue ({@link
 * org.filmfactory.platform.internal.HazelcastWorkQueue}): jobs in the database, claimed, run and ended through entry
 * processors on one Hazelcast map with a backup, every end fenced by the run's member and claim number in both the map
 * and the database row — so a job is never lost (the row outlives any cluster, and a dead member's jobs are queued
 * again on its removal or lease expiry) and never finishes twice (see that class's Javadoc for the argument).
 */
@NullMarked
package org.filmfactory.platform.internal;

import org.jspecify.annotations.NullMarked;
