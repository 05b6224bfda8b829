package org.filmfactory.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Free loopback ports for test servers that must know their port before they start (GreenMail, whose port the
 * studio's mail settings name). The operating system picks each port, so two builds on one host do not collide the
 * way fixed numbers do; within this JVM no port is handed out twice, even after its first user has let it go.
 * A server that can bind port 0 itself and report what it got (web server, Hazelcast member) should do that instead.
 */
public final class FreePorts {

    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    private FreePorts() {
    }

    /** A port nobody listens on now on 127.0.0.1, never returned before in this JVM. */
    public static int next() {
        for (int attempt = 0; attempt < 100; attempt++) {
            int port;
            try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                port = socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot open a loopback socket to find a free port", e);
            }
            if (HANDED_OUT.add(port)) {
                return port;
            }
        }
        throw new IllegalStateException("no new free port after 100 tries");
    }
}
