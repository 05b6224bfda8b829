package org.filmfactory.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.core.HazelcastInstance;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.filmfactory.testsupport.StudioNodes;
import org.junit.jupiter.api.Test;

/**
 * A node whose Hazelcast member is gone (terminated after an error, split off) cannot serve the studio: its liveness
 * and readiness probes say DOWN, so a load balancer takes it out and an orchestrator restarts it (issue 10).
 */
class NodeHealthIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static int status(String base, String path) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20)).GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void livenessAndReadinessGoDownWhenTheClusterMemberIsTerminated() throws Exception {
        try (var nodes = new StudioNodes(1).start()) {
            var base = nodes.url(0);
            assertThat(status(base, "actuator/health/liveness")).isEqualTo(200);
            assertThat(status(base, "actuator/health/readiness")).isEqualTo(200);

            nodes.node(0).getBean(HazelcastInstance.class).getLifecycleService().terminate();

            Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(status(base, "actuator/health/liveness")).isEqualTo(503);
                assertThat(status(base, "actuator/health/readiness")).isEqualTo(503);
            });
        }
    }
}
