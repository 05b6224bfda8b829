package org.filmfactory.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.filmfactory.FilmFactoryApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Real studio nodes in this JVM, each with its own web server on a free port and its own Hazelcast member, all in
 * one cluster and on one named in-memory database — as several nodes share one PostgreSQL in production.
 */
public final class StudioNodes implements AutoCloseable {

    private final String clusterName = "it-" + UUID.randomUUID();
    private final String database;
    private final int firstHazelcastPort;
    private final int size;
    private final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

    /** Prepares {@code size} nodes whose Hazelcast members use ports from {@code firstHazelcastPort}. */
    public StudioNodes(int size, int firstHazelcastPort) {
        this(size, firstHazelcastPort, newDatabase());
    }

    /**
     * Nodes on a given database: a second cluster on the same {@link #newDatabase()} is the same studio after a
     * full restart, and a PostgreSQL URL runs the nodes on that server.
     */
    public StudioNodes(int size, int firstHazelcastPort, String database) {
        this.size = size;
        this.firstHazelcastPort = firstHazelcastPort;
        this.database = database;
    }

    /** A named in-memory H2 database that outlives the nodes using it, for as long as this JVM runs. */
    public static String newDatabase() {
        return "jdbc:h2:mem:nodes-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    }

    /** Starts every node, one after the other (the first one migrates the database). */
    public StudioNodes start(String... extraArgs) {
        for (int i = 0; i < size; i++) {
            nodes.add(startNode(i, extraArgs));
        }
        return this;
    }

    private ConfigurableApplicationContext startNode(int index, String... extraArgs) {
        var members = new StringBuilder();
        for (int i = 0; i < size; i++) {
            members.append(i == 0 ? "" : ",").append("127.0.0.1:").append(firstHazelcastPort + i);
        }
        var args = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.profiles.active=test",
                "--spring.datasource.url=" + database,
                "--filmfactory.cluster.name=" + clusterName,
                "--filmfactory.cluster.node-name=node-" + (index + 1),
                "--filmfactory.cluster.port=" + (firstHazelcastPort + index),
                "--filmfactory.cluster.members=" + members,
                "--spring.jmx.enabled=false"));
        args.addAll(List.of(extraArgs));
        return new SpringApplicationBuilder(FilmFactoryApplication.class).run(args.toArray(String[]::new));
    }

    public ConfigurableApplicationContext node(int index) {
        return nodes.get(index);
    }

    public String url(int index) {
        var port = ((WebServerApplicationContext) nodes.get(index)).getWebServer().getPort();
        return "http://127.0.0.1:" + port + "/";
    }

    /** Stops one node in order: its member hands its data over and leaves the cluster. */
    public void stop(int index) {
        nodes.get(index).close();
    }

    /**
     * Kills one node as a crash would: its Hazelcast member vanishes without handing anything over (the others
     * keep only their backups), then the rest of the node stops, unable to write anything it held to the database.
     */
    public void kill(int index) {
        nodes.get(index).getBean(com.hazelcast.core.HazelcastInstance.class).getLifecycleService().terminate();
        nodes.get(index).close();
    }

    /** The node whose Hazelcast member owns {@code key} now (the partition owner). */
    public int ownerOf(Object key) {
        var owner = nodes.getFirst().getBean(com.hazelcast.core.HazelcastInstance.class).getPartitionService()
                .getPartition(key).getOwner();
        for (int i = 0; i < nodes.size(); i++) {
            var node = nodes.get(i);
            if (node.isActive() && node.getBean(com.hazelcast.core.HazelcastInstance.class).getCluster()
                    .getLocalMember().getUuid().equals(owner.getUuid())) {
                return i;
            }
        }
        throw new IllegalStateException("no running node owns " + key);
    }

    @Override
    public void close() {
        nodes.reversed().forEach(node -> {
            if (node.isActive()) {
                node.close();
            }
        });
    }
}
