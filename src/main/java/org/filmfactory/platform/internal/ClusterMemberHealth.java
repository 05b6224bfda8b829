package org.filmfactory.platform.internal;

import com.hazelcast.core.HazelcastInstance;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Whether this node still has its Hazelcast member. Without it the node holds no live script, presence or queue and
 * cannot serve the studio, so the liveness and readiness probes include this check (application.properties): a load
 * balancer stops sending people here and an orchestrator restarts the node, instead of a zombie answering UP
 * (issue 10). Reads a local flag only, so a probe stays cheap.
 */
@Component("clusterMember")
class ClusterMemberHealth implements HealthIndicator {

    private final HazelcastInstance hazelcast;

    ClusterMemberHealth(HazelcastInstance hazelcast) {
        this.hazelcast = hazelcast;
    }

    @Override
    public Health health() {
        if (hazelcast.getLifecycleService().isRunning()) {
            return Health.up().withDetail("members", hazelcast.getCluster().getMembers().size()).build();
        }
        return Health.down().withDetail("reason", "the cluster member of this node has stopped").build();
    }
}
