package org.filmfactory.factory;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An OpenAI-compatible chat server for tests, on a free port of 127.0.0.1: {@code POST /v1/chat/completions} answers
 * with the replies queued in order (HTTP 500 when none is queued) and keeps every request it got. Replies queued
 * {@linkplain #to for requests that mention a word} go to those only, whatever order concurrent requests arrive in.
 */
public final class FakeChatServer implements AutoCloseable {

    /** One queued answer: a status and a body, sent after {@code delay}. */
    public record Answer(int status, String body, Duration delay) {
    }

    /** A request as received. */
    public record Received(String authorization, JsonNode body) {

        /** The content of the message with this role. */
        public String message(String role) {
            for (var message : body.path("messages")) {
                if (role.equals(message.path("role").asString())) {
                    return message.path("content").asString();
                }
            }
            throw new AssertionError("no " + role + " message in " + body);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final LinkedBlockingQueue<Answer> answers = new LinkedBlockingQueue<>();
    private final Map<String, LinkedBlockingQueue<Answer>> answersFor = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final CountDownLatch closing = new CountDownLatch(1);
    private final java.util.concurrent.ExecutorService threads = Executors.newCachedThreadPool();

    private FakeChatServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(threads);
        server.createContext("/v1/chat/completions", exchange -> {
            try (exchange) {
                var body = exchange.getRequestBody().readAllBytes();
                var auth = exchange.getRequestHeaders().getFirst("Authorization");
                var request = new Received(auth == null ? "" : auth, JSON.readTree(body));
                received.add(request);
                var answer = answerFor(request);
                if (answer == null) {
                    answer = new Answer(500, "{\"error\": {\"message\": \"nothing queued\"}}", Duration.ZERO);
                }
                if (!answer.delay().isZero()) {
                    closing.await(answer.delay().toMillis(), TimeUnit.MILLISECONDS);
                }
                var bytes = answer.body().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
                if (bytes.length > 0) {
                    exchange.getResponseBody().write(bytes);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                // The client gave up (a timeout test): nothing to answer.
            }
        });
        server.start();
    }

    public static FakeChatServer start() {
        try {
            return new FakeChatServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The base URL the studio is configured with ({@code …/v1}). */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** Queues a complete answer with {@code content}. */
    public FakeChatServer answer(String content, String model, int promptTokens, int completionTokens) {
        return completion(content, "stop", model, promptTokens, completionTokens);
    }

    /** Queues a chat completion with this finish reason. */
    public FakeChatServer completion(String content, String finishReason, String model, int promptTokens,
            int completionTokens) {
        answers.add(completionAnswer(content, finishReason, model, promptTokens, completionTokens));
        return this;
    }

    private static Answer completionAnswer(String content, String finishReason, String model, int promptTokens,
            int completionTokens) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", "chatcmpl-1").put("object", "chat.completion").put("model", model);
        var choice = root.putArray("choices").addObject();
        choice.put("index", 0).put("finish_reason", finishReason);
        choice.putObject("message").put("role", "assistant").put("content", content);
        root.putObject("usage").put("prompt_tokens", promptTokens).put("completion_tokens", completionTokens)
                .put("total_tokens", promptTokens + completionTokens);
        return new Answer(200, JSON.writeValueAsString(root), Duration.ZERO);
    }

    /** Queues any answer. */
    public FakeChatServer raw(int status, String body, Duration delay) {
        answers.add(new Answer(status, body, delay));
        return this;
    }

    /**
     * Queues the next answer only for requests whose user message contains {@code word}, for requests that run
     * concurrently (the ideas of a batch): {@code to("umbrella").answer(…)}.
     */
    public Mentioning to(String word) {
        return new Mentioning(word);
    }

    /** Queues answers for the requests that mention one word. */
    public final class Mentioning {

        private final String word;

        private Mentioning(String word) {
            this.word = word;
        }

        public Mentioning answer(String content, String model, int promptTokens, int completionTokens) {
            answersFor.computeIfAbsent(word, w -> new LinkedBlockingQueue<>())
                    .add(completionAnswer(content, "stop", model, promptTokens, completionTokens));
            return this;
        }
    }

    private Answer answerFor(Received request) {
        var user = "";
        for (var message : request.body().path("messages")) {
            if ("user".equals(message.path("role").asString())) {
                user = message.path("content").asString();
            }
        }
        for (var entry : answersFor.entrySet()) {
            if (user.contains(entry.getKey())) {
                var answer = entry.getValue().poll();
                if (answer != null) {
                    return answer;
                }
            }
        }
        return answers.poll();
    }

    /** Every request received so far, in order. */
    public List<Received> received() {
        return List.copyOf(received);
    }

    public void reset() {
        answers.clear();
        answersFor.clear();
        received.clear();
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
