package org.filmfactory.platform;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How this node joins the studio's Hazelcast cluster.
 *
 * @param name cluster name; nodes with another name never join
 * @param nodeName this node's name in logs and in the {@code X-FilmFactory-Node} response header
 * @param port the first Hazelcast port tried on this node; {@code 0} takes any free port (tests: nodes then join
 *     through {@code members} pointing at the nodes already running)
 * @param members TCP-IP members ({@code host:port}); every node should list the same ones
 * @param kubernetesServiceDns when set, members are found through this headless service instead of {@code members}
 */
@ConfigurationProperties("filmfactory.cluster")
@Validated
public record ClusterSettings(
        @DefaultValue("film-factory") @NotBlank String name,
        @DefaultValue("node-1") @NotBlank String nodeName,
        @DefaultValue("5701") @Min(0) @Max(65535) int port,
        @DefaultValue("127.0.0.1") List<String> members,
        @Nullable String kubernetesServiceDns) {
}
