package org.filmfactory.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import com.hazelcast.cluster.Member;
import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import org.filmfactory.FilmFactoryApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerPortFileWriter;

/**
 * A studio node in a process of its own that joins the nodes of a {@link StudioNodes} (same cluster, same database),
 * so a test can kill it as a crash does: {@link #kill()} is SIGKILL — no shutdown hook, no orderly leave, no last
 * write. The nodes must use a database another process can reach: {@link StudioNodes#newSharedDatabase(Path)} or
 * PostgreSQL, not an in-memory H2.
 *
 * <p>The process runs this JVM's test class path with its module flags ({@code --add-opens} and the like, as
 * Surefire and Failsafe pass them), binds its web server and its Hazelcast member to ports the system picks, and
 * writes its output to {@code target/studio-process/<node>-<id>.log}. After {@link #kill()}, {@link #restart()} starts
 * a fresh process under the same name that joins again, as an orchestrator restarts a crashed node.
 */
public final class StudioProcess implements AutoCloseable {

    /**
     * How long a process may take to be ready: 4 minutes, or {@code -Dstudio-process.ready-within=PT10M} on a host
     * so loaded that starting a node takes longer.
     */
    private static final Duration READY_WITHIN = Duration.parse(
            System.getProperty("studio-process.ready-within", "PT4M"));

    private final StudioNodes cluster;
    private final String nodeName;
    private final String[] extraArgs;
    private final Process process;
    private final Path folder;
    private final Path log;
    private final int port;
    private UUID memberId;

    private StudioProcess(StudioNodes cluster, String nodeName, String[] extraArgs, Process process, Path folder,
            Path log, int port) {
        this.cluster = cluster;
        this.nodeName = nodeName;
        this.extraArgs = extraArgs.clone();
        this.process = process;
        this.folder = folder;
        this.log = log;
        this.port = port;
    }

    /**
     * Starts a node named {@code nodeName} that joins {@code cluster}'s running members and uses its database, and
     * waits until it is ready (its readiness probe answers 200) and a member of the cluster.
     */
    public static StudioProcess start(StudioNodes cluster, String nodeName, String... extraArgs) {
        try {
            var folder = Files.createTempDirectory("ff-" + nodeName + "-");
            var portFile = folder.resolve("http.port");
            var log = Path.of("target", "studio-process", nodeName + "-" + UUID.randomUUID() + ".log");
            Files.createDirectories(log.getParent());
            var argFile = folder.resolve("java.args");
            var java = new ArrayList<String>();
            java.addAll(moduleFlags());
            java.add("-Xmx768m");
            java.add("-cp");
            java.add(quoted(System.getProperty("java.class.path")));
            Files.write(argFile, java, StandardCharsets.UTF_8);
            var command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "@" + argFile,
                    Main.class.getName(), portFile.toString(),
                    "--server.port=0",
                    "--spring.profiles.active=test",
                    "--spring.datasource.url=" + cluster.database(),
                    "--filmfactory.cluster.name=" + cluster.clusterName(),
                    "--filmfactory.cluster.node-name=" + nodeName,
                    "--filmfactory.cluster.port=0",
                    "--filmfactory.cluster.members=" + String.join(",", cluster.memberAddresses()),
                    "--filmfactory.media.folder=" + cluster.mediaFolder(),
                    "--spring.jmx.enabled=false"));
            command.addAll(List.of(extraArgs));
            // Every member there now (in this JVM, or processes started before) plus this one.
            var membersBefore = memberIds(cluster);
            var process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            var node = new StudioProcess(cluster, nodeName, extraArgs, process, folder, log,
                    awaitPort(process, portFile, log));
            node.awaitReady(cluster, membersBefore.size() + 1);
            node.memberId = memberIds(cluster).stream().filter(id -> !membersBefore.contains(id)).findFirst()
                    .orElseThrow();
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<UUID> memberIds(StudioNodes cluster) {
        return cluster.hazelcast(0).getCluster().getMembers().stream().map(Member::getUuid)
                .collect(Collectors.toSet());
    }

    /**
     * After {@link #kill()} or {@link #stop()}: a fresh process under the same name and with the same arguments that
     * joins the cluster again and uses the same database and media, as an orchestrator restarts a crashed node. It
     * first waits until the cluster has let the old member go (a dead member lingers until the others notice), so
     * the newcomer is counted right; then until the new process is ready and a member.
     */
    public StudioProcess restart() {
        if (process.isAlive()) {
            throw new IllegalStateException("the studio process " + nodeName + " still runs: kill or stop it first");
        }
        awaitMemberGone();
        close();
        return start(cluster, nodeName, extraArgs);
    }

    private void awaitMemberGone() {
        var gone = new CountDownLatch(1);
        var members = cluster.hazelcast(0).getCluster();
        var registration = members.addMembershipListener(new MembershipListener() {
            @Override
            public void memberAdded(MembershipEvent event) {
                // only a departure matters here
            }

            @Override
            public void memberRemoved(MembershipEvent event) {
                if (event.getMember().getUuid().equals(memberId)) {
                    gone.countDown();
                }
            }
        });
        try {
            if (members.getMembers().stream().anyMatch(member -> member.getUuid().equals(memberId))
                    && !gone.await(READY_WITHIN.toSeconds(), TimeUnit.SECONDS)) {
                throw new IllegalStateException("the cluster still counts the dead " + nodeName + " as a member after "
                        + READY_WITHIN);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            members.removeMembershipListener(registration);
        }
    }

    /** The flags this JVM was started with that open JDK modules to Hazelcast and Vaadin. */
    private static List<String> moduleFlags() {
        var flags = new ArrayList<String>();
        var input = ManagementFactory.getRuntimeMXBean().getInputArguments();
        for (int i = 0; i < input.size(); i++) {
            var arg = input.get(i);
            if (arg.startsWith("--add-") || arg.startsWith("--enable-native-access")) {
                flags.add(arg);
                if (!arg.contains("=") && i + 1 < input.size()) {
                    flags.add(input.get(++i));
                }
            }
        }
        return flags;
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static int awaitPort(Process process, Path portFile, Path log) {
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (Files.exists(portFile)) {
                    var text = Files.readString(portFile).strip();
                    if (!text.isEmpty()) {
                        return Integer.parseInt(text);
                    }
                }
                if (!process.isAlive()) {
                    throw new IllegalStateException("the studio process ended (exit " + process.exitValue()
                            + ") before its web server started; see " + log.toAbsolutePath() + "\n" + tail(log));
                }
                // Polling a file another process writes: there is no event to wait on.
                process.waitFor(200, TimeUnit.MILLISECONDS);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("the studio process did not start its web server within " + READY_WITHIN
                + "; see " + log.toAbsolutePath() + "\n" + tail(log));
    }

    private void awaitReady(StudioNodes cluster, int expectedMembers) {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        var readiness = HttpRequest.newBuilder(URI.create(url() + "actuator/health/readiness"))
                .timeout(Duration.ofSeconds(10)).build();
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the studio process " + nodeName + " ended (exit "
                        + process.exitValue() + "); see " + log.toAbsolutePath() + "\n" + tail(log));
            }
            try {
                var status = http.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 200 && cluster.hazelcast(0).getCluster().getMembers().size() == expectedMembers) {
                    return;
                }
                process.waitFor(250, TimeUnit.MILLISECONDS);
            } catch (IOException notYet) {
                // the web server is up but the application is still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        close();
        throw new IllegalStateException(nodeName + " was not ready, or not in the cluster, within " + READY_WITHIN
                + "; see " + log.toAbsolutePath());
    }

    /** The node's web address, ending in {@code /}. */
    public String url() {
        return "http://127.0.0.1:" + port + "/";
    }

    public String nodeName() {
        return nodeName;
    }

    /** The operating system's id of the process, e.g. to read its memory use from {@code /proc}. */
    public long pid() {
        return process.pid();
    }

    /** Where the process writes its output. */
    public Path log() {
        return log;
    }

    /** Kills the process as a crash would (SIGKILL) and waits until it is gone. */
    public void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the studio process " + nodeName + " outlived SIGKILL for 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Stops the process in order (SIGTERM, as an orchestrator does: shutdown hooks run) and waits until it is gone. */
    public void stop() {
        process.destroy();
        try {
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                throw new IllegalStateException(
                        "the studio process " + nodeName + " did not stop within 90 s of SIGTERM");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // a temporary folder left behind is not worth failing a test for
        }
    }

    private static String tail(Path log) {
        try {
            var lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** The process's entry point: the studio, plus its web server's port written to the file named first. */
    public static final class Main {

        private Main() {
        }

        public static void main(String[] args) {
            new SpringApplicationBuilder(FilmFactoryApplication.class)
                    .listeners(new WebServerPortFileWriter(new File(args[0])))
                    .run(java.util.Arrays.copyOfRange(args, 1, args.length));
        }
    }
}
