package org.filmfactory.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import com.hazelcast.core.HazelcastInstance;
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
    private final int size;
    private final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

    /** Prepares {@code size} nodes on a fresh {@link #newDatabase()}. */
    public StudioNodes(int size) {
        this(size, newDatabase());
    }

    /**
     * Nodes on a given database: a second cluster on the same {@link #newDatabase()} is the same studio after a
     * full restart, and a PostgreSQL URL runs the nodes on that server.
     */
    public StudioNodes(int size, String database) {
        this.size = size;
        this.database = database;
    }

    /** A named in-memory H2 database that outlives the nodes using it, for as long as this JVM runs. */
    public static String newDatabase() {
        return "jdbc:h2:mem:nodes-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    }

    /**
     * An H2 database in a file under {@code folder} that other processes reach too: the first to open it serves it
     * to the others over TCP ({@code AUTO_SERVER}), as one PostgreSQL serves every node in production.
     */
    public static String newSharedDatabase(java.nio.file.Path folder) {
        return "jdbc:h2:file:" + folder.toAbsolutePath().resolve("studio-" + UUID.randomUUID())
                + ";AUTO_SERVER=TRUE;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }

    /**
     * Starts every node, one after the other (the first one migrates the database). Each web server and each
     * Hazelcast member takes a port the operating system hands out; a node joins by the addresses of the members
     * already running, and the cluster's random name keeps out any member of another build on the same host.
     */
    public StudioNodes start(String... extraArgs) {
        for (int i = 0; i < size; i++) {
            nodes.add(startNode(i, extraArgs));
            int members = hazelcast(i).getCluster().getMembers().size();
            if (members != i + 1) {
                throw new IllegalStateException("node-" + (i + 1) + " sees " + members + " members, not " + (i + 1));
            }
        }
        awaitSafe();
        return this;
    }

    /**
     * Waits until every partition has its owner and its backup in place. A member that has just joined takes over
     * partitions in the background; until their backups are copied, a crash can lose what only one member held,
     * which Hazelcast does not promise to keep, so a test of crash safety must not start inside that window.
     */
    public void awaitSafe() {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        for (var node : nodes) {
            if (!node.isActive()) {
                continue;
            }
            var partitions = node.getBean(HazelcastInstance.class).getPartitionService();
            while (!partitions.isClusterSafe()) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the cluster's partitions did not settle within 60 s");
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private ConfigurableApplicationContext startNode(int index, String... extraArgs) {
        var args = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.profiles.active=test",
                "--spring.datasource.url=" + database,
                "--filmfactory.cluster.name=" + clusterName,
                "--filmfactory.cluster.node-name=node-" + (index + 1),
                "--filmfactory.cluster.port=0",
                "--filmfactory.cluster.members=" + String.join(",", memberAddresses()),
                "--filmfactory.media.folder=" + mediaFolder(),
                "--spring.jmx.enabled=false"));
        args.addAll(List.of(extraArgs));
        return new SpringApplicationBuilder(FilmFactoryApplication.class).run(args.toArray(String[]::new));
    }

    /** The cluster's name: a node started elsewhere (another process) joins with it and {@link #memberAddresses()}. */
    public String clusterName() {
        return clusterName;
    }

    /** The database URL the nodes use. */
    public String database() {
        return database;
    }

    /**
     * The media folder every node of this studio shares, as nodes on one host do: a take one node made must play on
     * another. It follows the database, so a cluster restarted on the same database finds its media again.
     */
    public String mediaFolder() {
        return java.nio.file.Path.of("target", "test-media",
                UUID.nameUUIDFromBytes(database.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString())
                .toAbsolutePath().toString();
    }

    /** {@code host:port} of every running node's Hazelcast member. */
    public List<String> memberAddresses() {
        return nodes.stream().filter(ConfigurableApplicationContext::isActive).map(node -> {
            var address = node.getBean(HazelcastInstance.class).getCluster().getLocalMember().getAddress();
            return address.getHost() + ":" + address.getPort();
        }).toList();
    }

    /** The Hazelcast member of one node. */
    public HazelcastInstance hazelcast(int index) {
        return nodes.get(index).getBean(HazelcastInstance.class);
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
        awaitSafe();
        nodes.get(index).getBean(HazelcastInstance.class).getLifecycleService().terminate();
        nodes.get(index).close();
    }

    /** The node whose Hazelcast member owns {@code key} now (the partition owner). */
    public int ownerOf(Object key) {
        var owner = nodes.stream().filter(ConfigurableApplicationContext::isActive).findFirst().orElseThrow()
                .getBean(HazelcastInstance.class).getPartitionService().getPartition(key).getOwner();
        for (int i = 0; i < nodes.size(); i++) {
            var node = nodes.get(i);
            if (node.isActive() && node.getBean(HazelcastInstance.class).getCluster()
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
