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
import java.util.UUID;
import java.util.concurrent.TimeUnit;
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
 * writes its output to {@code target/studio-process/<node>-<id>.log}.
 */
public final class StudioProcess implements AutoCloseable {

    private static final Duration READY_WITHIN = Duration.ofMinutes(4);

    private final String nodeName;
    private final Process process;
    private final Path folder;
    private final Path log;
    private final int port;

    private StudioProcess(String nodeName, Process process, Path folder, Path log, int port) {
        this.nodeName = nodeName;
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
            var process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            // Every member there now (in this JVM, or processes started before) plus this one.
            int expectedMembers = cluster.hazelcast(0).getCluster().getMembers().size() + 1;
            var node = new StudioProcess(nodeName, process, folder, log, awaitPort(process, portFile, log));
            node.awaitReady(cluster, expectedMembers);
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
