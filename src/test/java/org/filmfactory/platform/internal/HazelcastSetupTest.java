package org.filmfactory.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.filmfactory.platform.ClusterSettings;
import org.junit.jupiter.api.Test;

/**
 * A studio whose members are all on this machine binds its member to the loopback interface only: nothing of it is
 * reachable from the network, and it never picks another interface's address for traffic between its own nodes. On
 * Kubernetes the members find each other through the headless Service's DNS name, and nothing else.
 */
class HazelcastSetupTest {

    private static ClusterSettings members(String... members) {
        return new ClusterSettings("studio", "node-1", 0, List.of(members), null);
    }

    @Test
    void aStudioWithoutMembersOrWithLoopbackMembersBindsToLoopbackOnly() {
        for (var settings : List.of(members(), members("127.0.0.1"), members("127.0.0.1", "localhost", "127.0.0.2"))) {
            var interfaces = new HazelcastSetup().hazelcastConfig(settings).getNetworkConfig().getInterfaces();
            assertThat(interfaces.isEnabled()).as(settings.members().toString()).isTrue();
            assertThat(interfaces.getInterfaces()).containsExactly("127.0.0.1");
        }
    }

    @Test
    void aStudioWithMembersElsewhereChoosesItsInterfaceByThem() {
        var interfaces = new HazelcastSetup().hazelcastConfig(members("10.1.2.3:5701", "10.1.2.4:5701"))
                .getNetworkConfig().getInterfaces();
        assertThat(interfaces.isEnabled()).isFalse();
    }

    @Test
    void onKubernetesTheJoinIsDnsLookupThroughTheHeadlessServiceOnly() {
        var settings = new ClusterSettings("studio", "filmfactory-0", 5701, List.of("127.0.0.1"),
                "filmfactory-hazelcast.filmfactory.svc.cluster.local");

        var network = new HazelcastSetup().hazelcastConfig(settings).getNetworkConfig();
        var join = network.getJoin();

        assertThat(join.getKubernetesConfig().isEnabled()).isTrue();
        assertThat(settings.port()).isEqualTo(5701);
        assertThat(join.getKubernetesConfig().getProperties()).isEqualTo(Map.of(
                "service-dns", "filmfactory-hazelcast.filmfactory.svc.cluster.local",
                "service-port", String.valueOf(settings.port())));
        assertThat(join.getTcpIpConfig().isEnabled()).isFalse();
        assertThat(join.getMulticastConfig().isEnabled()).isFalse();
        assertThat(join.getAutoDetectionConfig().isEnabled()).isFalse();
        assertThat(network.getInterfaces().isEnabled()).isFalse();
        assertThat(network.getPort()).isEqualTo(5701);
        // The one join Hazelcast starts with: it refuses a configuration with two enabled.
        join.verify();
    }

    @Test
    void aBlankServiceNameKeepsTheMemberList() {
        var settings = new ClusterSettings("studio", "node-1", 5701, List.of("10.1.2.3:5701"), " ");

        var join = new HazelcastSetup().hazelcastConfig(settings).getNetworkConfig().getJoin();

        assertThat(join.getKubernetesConfig().isEnabled()).isFalse();
        assertThat(join.getTcpIpConfig().isEnabled()).isTrue();
        assertThat(join.getTcpIpConfig().getMembers()).containsExactly("10.1.2.3:5701");
    }
}
