package org.filmfactory.platform.internal;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.core.HazelcastInstance;
import java.util.UUID;
import org.filmfactory.platform.ClusterSettings;
import org.filmfactory.platform.StudioNode;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded Hazelcast member. Loopback-friendly TCP-IP join, no multicast, no phone-home: the studio makes no
 * network call its operator did not configure. Spring Boot starts the member from this {@link Config}.
 */
@Configuration(proxyBeanMethods = false)
class HazelcastSetup {

    @Bean
    Config hazelcastConfig(ClusterSettings settings) {
        var config = new Config();
        config.setClusterName(settings.name());
        // A unique instance name: Spring Boot reuses a running instance of the same name, which would make two
        // application contexts in one JVM (cluster tests) share one member.
        config.setInstanceName("filmfactory-" + settings.nodeName() + "-" + UUID.randomUUID().toString().substring(0, 8));
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.logging.type", "slf4j");
        config.setProperty("hazelcast.shutdownhook.enabled", "false");
        config.setProperty("hazelcast.graceful.shutdown.max.wait", "20");
        config.getMemberAttributeConfig().setAttribute("node-name", settings.nodeName());
        var network = config.getNetworkConfig();
        network.setPort(settings.port()).setPortAutoIncrement(true).setPortCount(20);
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        if (settings.kubernetesServiceDns() != null && !settings.kubernetesServiceDns().isBlank()) {
            // DNS lookup discovery (issue 14): the headless Service's name resolves to the pods' addresses, each
            // reached on this node's port (every pod runs the same settings).
            var kubernetes = join.getKubernetesConfig().setEnabled(true)
                    .setProperty("service-dns", settings.kubernetesServiceDns().strip());
            if (settings.port() > 0) {
                kubernetes.setProperty("service-port", Integer.toString(settings.port()));
            }
        } else {
            join.getTcpIpConfig().setEnabled(true).setMembers(settings.members());
            if (settings.members().stream().allMatch(HazelcastSetup::onThisMachine)) {
                // A studio of one machine (the quick start, the tests) binds to loopback only: otherwise, with no
                // member to match, Hazelcast picks any other interface and offers the cluster port to the network.
                network.getInterfaces().setEnabled(true).addInterface("127.0.0.1");
            }
        }
        return config;
    }

    private static boolean onThisMachine(String member) {
        int port = member.lastIndexOf(':');
        var host = port > 0 && member.indexOf(':') == port ? member.substring(0, port) : member;
        return host.startsWith("127.") || host.equalsIgnoreCase("localhost");
    }

    @Bean
    StudioNode studioNode(ClusterSettings settings, HazelcastInstance hazelcast) {
        return new StudioNode(settings.nodeName(), hazelcast.getCluster().getLocalMember().getUuid().toString());
    }
}
