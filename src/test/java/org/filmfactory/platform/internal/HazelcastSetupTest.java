package org.filmfactory.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.filmfactory.platform.ClusterSettings;
import org.junit.jupiter.api.Test;

/**
 * A studio whose members are all on this machine binds its member to the loopback interface only: nothing of it is
 * reachable from the network, and it never picks another interface's address for traffic between its own nodes.
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
}
