package org.filmfactory.collab.internal;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.hazelcast.config.Config;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.filmfactory.collab.LiveUpdate;
import org.filmfactory.project.ProjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every kind of live update crosses the real topic between two Hazelcast members, with the zero-config compact
 * serialization the studio runs with, and arrives equal to what was sent.
 */
class FeedAcrossMembersTest {

    private HazelcastInstance memberA;
    private HazelcastInstance memberB;

    @BeforeEach
    void startTwoMembers() {
        var cluster = "feed-" + UUID.randomUUID();
        int portA = freePort();
        int portB = freePort();
        var members = List.of("127.0.0.1:" + portA, "127.0.0.1:" + portB);
        memberA = Hazelcast.newHazelcastInstance(config(cluster, portA, members));
        memberB = Hazelcast.newHazelcastInstance(config(cluster, portB, members));
        await().atMost(ofSeconds(30)).until(() -> memberA.getCluster().getMembers().size() == 2);
    }

    @AfterEach
    void stopMembers() {
        memberB.getLifecycleService().terminate();
        memberA.getLifecycleService().terminate();
    }

    @Test
    void everyKindOfUpdateCrossesTheTopicIntact() {
        var feedA = new HazelcastProjectFeed(memberA);
        var feedB = new HazelcastProjectFeed(memberB);
        var project = new ProjectId(UUID.randomUUID());
        var received = new CopyOnWriteArrayList<LiveUpdate>();
        feedB.subscribe(project, received::add);
        var sent = List.<LiveUpdate>of(
                new LiveUpdate.ScriptStepsAccepted(41, List.of(
                        new LiveUpdate.AcceptedStep("ed-1", "[5,[0,\"場景 🎬\"],10]"),
                        new LiveUpdate.AcceptedStep("ed-2", "[[0,\"x\"]]"))),
                new LiveUpdate.CursorMoved("ed-1", UUID.randomUUID().toString(), "林 Ada", 3, 42, 7, 9),
                new LiveUpdate.CrewChanged(UUID.randomUUID().toString()),
                new LiveUpdate.ProjectChanged(LiveUpdate.ProjectChanged.Change.ARCHIVED),
                new LiveUpdate.InvitationsChanged(UUID.randomUUID().toString()),
                new LiveUpdate.PresenceChanged(),
                new LiveUpdate.ShotListChanged());

        sent.forEach(update -> feedA.publish(project, update));

        await().atMost(ofSeconds(10)).untilAsserted(() -> assertThat(received).containsExactlyElementsOf(sent));
        assertThat(feedB.listenerCount()).isEqualTo(1);
    }

    @Test
    void broadcastReachesEveryFollowedProjectOnTheOtherMember() {
        var feedA = new HazelcastProjectFeed(memberA);
        var feedB = new HazelcastProjectFeed(memberB);
        var first = new ProjectId(UUID.randomUUID());
        var second = new ProjectId(UUID.randomUUID());
        var received = new CopyOnWriteArrayList<String>();
        feedB.subscribe(first, update -> received.add("first " + update));
        feedB.subscribe(second, update -> received.add("second " + update));
        var renamed = new LiveUpdate.CrewChanged(UUID.randomUUID().toString());

        feedA.broadcast(renamed);

        await().atMost(ofSeconds(10)).untilAsserted(() -> assertThat(received)
                .containsExactlyInAnyOrder("first " + renamed, "second " + renamed));
    }

    private static Config config(String cluster, int port, List<String> members) {
        var config = new Config();
        config.setClusterName(cluster);
        config.setInstanceName(cluster + "-" + port);
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.logging.type", "slf4j");
        var network = config.getNetworkConfig();
        network.setPort(port).setPortAutoIncrement(false);
        var join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true).setMembers(members);
        return config;
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
