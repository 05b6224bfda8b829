package org.filmfactory.take.internal.backend;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A provider's HTTP server for tests, on a free port of 127.0.0.1: it answers each path with the replies scripted
 * for it, in order (the last one repeats), and records every request with the time it arrived.
 */
final class FakeProvider implements AutoCloseable {

    /** A request as the server saw it. */
    record Seen(String method, String path, Map<String, List<String>> headers, String body, long arrivedNanos) {

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> String.join(",", e.getValue())).findFirst().orElse("");
        }
    }

    /** How to answer one request. */
    @FunctionalInterface
    interface Reply {
        void answer(HttpExchange exchange) throws IOException;
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Map<String, Deque<Reply>> replies = new HashMap<>();
    private final List<Seen> seen = new CopyOnWriteArrayList<>();

    FakeProvider() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Scripts the replies for a path (with its query, if any), in order; the last repeats. */
    synchronized FakeProvider on(String path, Reply... answers) {
        replies.computeIfAbsent(path, p -> new ArrayDeque<>()).addAll(List.of(answers));
        return this;
    }

    List<Seen> requests() {
        return List.copyOf(seen);
    }

    List<Seen> requests(String path) {
        return seen.stream().filter(s -> s.path().equals(path)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        var arrived = System.nanoTime();
        var body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        var uri = exchange.getRequestURI();
        var path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        seen.add(new Seen(exchange.getRequestMethod(), path, Map.copyOf(exchange.getRequestHeaders()), body, arrived));
        Reply reply;
        synchronized (this) {
            var queue = replies.get(path);
            reply = queue == null || queue.isEmpty() ? status(404, "no route " + path)
                    : queue.size() == 1 ? queue.peek() : queue.poll();
        }
        try (exchange) {
            reply.answer(exchange);
        } catch (IOException e) {
            // The client hung up (a refused huge reply, a timeout): nothing to answer.
        }
    }

    static Reply json(int status, String json) {
        return exchange -> send(exchange, status, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    static Reply json(String json) {
        return json(200, json);
    }

    static Reply status(int status, String text) {
        return exchange -> send(exchange, status, "text/plain", text.getBytes(StandardCharsets.UTF_8));
    }

    static Reply bytes(String contentType, byte[] bytes) {
        return exchange -> send(exchange, 200, contentType, bytes);
    }

    static Reply withHeader(String name, String value, Reply then) {
        return exchange -> {
            exchange.getResponseHeaders().add(name, value);
            then.answer(exchange);
        };
    }

    /** Answers after {@code millis}: longer than the client's timeout, it is a timeout. */
    static Reply slow(long millis, Reply then) {
        return exchange -> {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            then.answer(exchange);
        };
    }

    /** An endless stream of bytes of unknown length (chunked): only a cap stops it. */
    static Reply endless(String contentType) {
        return exchange -> {
            exchange.getResponseHeaders().add("Content-Type", contentType);
            exchange.sendResponseHeaders(200, 0);
            var chunk = new byte[64 * 1024];
            try (var out = exchange.getResponseBody()) {
                for (var i = 0; i < 16 * 1024; i++) {
                    out.write(chunk);
                }
            }
        };
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] bytes) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (var out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    static UncheckedIOException unchecked(IOException e) {
        return new UncheckedIOException(e);
    }
}
