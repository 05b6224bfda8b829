package org.filmfactory.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * nginx in front of studio nodes with the configuration users deploy: {@code deploy/nginx/render-conf.sh} writes it
 * for the nodes' addresses (node {@code i} in the list must be named {@code node-i}) and a free port. Output goes to
 * {@code <folder>/logs}.
 */
public final class NginxProxy implements AutoCloseable {

    static final Path NGINX = Path.of(System.getProperty("filmfactory.test.nginx", "/usr/sbin/nginx"));
    private final Process process;
    private final Path prefix;
    private final int port;

    private NginxProxy(Process process, Path prefix, int port) {
        this.process = process;
        this.prefix = prefix;
        this.port = port;
    }

    /** Starts nginx over the given node addresses ({@code host:port}, node-1 first) and waits until it listens. */
    public static NginxProxy start(List<String> nodeAddresses) {
        if (!Files.isExecutable(NGINX)) {
            throw new IllegalStateException("Proxy tests need nginx at " + NGINX + " (Debian: apt-get install nginx)");
        }
        try {
            var prefix = Files.createTempDirectory("ff-nginx-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxrwxrwx")));
            int port = FreePorts.next();
            run(List.of("bash", "deploy/nginx/render-conf.sh", String.join(",", nodeAddresses), "-",
                    "127.0.0.1:" + port, prefix.toString()), prefix.resolve("render.log"));
            var command = new ArrayList<>(List.of(NGINX.toString(), "-p", prefix.toString(), "-c",
                    prefix.resolve("nginx.conf").toString(), "-e", "stderr", "-g", "daemon off;"));
            var process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(prefix.resolve("logs/stderr.log").toFile()).start();
            var proxy = new NginxProxy(process, prefix, port);
            proxy.awaitListening();
            return proxy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The proxy's address, ending in {@code /}. */
    public String url() {
        return "http://127.0.0.1:" + port + "/";
    }

    /** nginx's access log so far (it names the node that answered each request). */
    public String accessLog() {
        try {
            return Files.readString(prefix.resolve("logs/access.log"));
        } catch (IOException e) {
            return "(no access log: " + e.getMessage() + ")";
        }
    }

    private void awaitListening() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx ended with exit " + process.exitValue() + "; see "
                        + prefix.resolve("logs/stderr.log"));
            }
            try (var socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException notYet) {
                try {
                    process.waitFor(100, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
        close();
        throw new IllegalStateException("nginx did not listen on " + port + " within 30 s");
    }

    private static void run(List<String> command, Path log) throws IOException {
        var process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(command + " failed: " + Files.readString(log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        // SIGTERM is nginx's fast shutdown; its workers follow the master.
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (var files = Files.walk(prefix)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(java.io.File::delete);
        } catch (IOException e) {
            // a temporary folder left behind is not worth failing a test for
        }
    }
}
