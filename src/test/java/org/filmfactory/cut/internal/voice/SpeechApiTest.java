package org.filmfactory.cut.internal.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import org.filmfactory.cut.VoiceOption;
import org.filmfactory.cut.VoiceUnavailable;
import org.filmfactory.platform.DecodingMediaProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** The OpenAI-compatible speech API against a fake server in this JVM (JDK's HTTP server on a free port). */
class SpeechApiTest {

    @TempDir
    Path folder;

    HttpServer server;
    final List<String> bodies = new CopyOnWriteArrayList<>();
    final List<String> authorizations = new CopyOnWriteArrayList<>();
    final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        if (server != null) {
            server.stop(0);
        }
    }

    private SpeechApi api(Consumer<HttpExchange> answer, Duration timeout) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/audio/speech", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            answer.accept(exchange);
            exchange.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        var url = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
        return new SpeechApi(new VoiceSettings(null, url, "sk-test", "tts-1", List.of("alloy", "nova"), timeout),
                new DecodingMediaProbe());
    }

    private static void reply(HttpExchange exchange, int status, String type, byte[] body) {
        try {
            exchange.getResponseHeaders().add("Content-Type", type);
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void speaksThroughTheApiAndChecksTheReplyIsSound() throws Exception {
        var made = folder.resolve("made.wav");
        OfflineVoice.speak("Then we should hurry.", "espeak:en-us", made);
        var wav = Files.readAllBytes(made);
        var api = api(exchange -> reply(exchange, 200, "audio/wav", wav), Duration.ofSeconds(10));

        var target = folder.resolve("line.wav");
        var duration = api.speak("Then we should hurry.", "api:nova", target);

        assertThat(Files.readAllBytes(target)).isEqualTo(wav);
        assertThat(duration.toMillis()).isEqualTo(new DecodingMediaProbe().probe(made).duration().toMillis());
        var request = JsonMapper.builder().build().readTree(bodies.getFirst());
        assertThat(request.path("model").asString()).isEqualTo("tts-1");
        assertThat(request.path("voice").asString()).isEqualTo("nova");
        assertThat(request.path("input").asString()).isEqualTo("Then we should hurry.");
        assertThat(request.path("response_format").asString()).isEqualTo("wav");
        assertThat(authorizations).containsExactly("Bearer sk-test");
        assertThat(api.options(Locale.ENGLISH)).containsExactly(
                new VoiceOption("api:alloy", "alloy", "api", Locale.ENGLISH),
                new VoiceOption("api:nova", "nova", "api", Locale.ENGLISH));
    }

    @Test
    void anErrorReplyNamesTheStatusAndTheApisMessage() throws Exception {
        var api = api(exchange -> reply(exchange, 401, "application/json",
                "{\"error\":{\"message\":\"Incorrect API key provided\",\"type\":\"invalid_request_error\"}}"
                        .getBytes(StandardCharsets.UTF_8)), Duration.ofSeconds(10));
        var target = folder.resolve("line.wav");

        assertThatExceptionOfType(VoiceUnavailable.class).isThrownBy(() -> api.speak("Hello.", "api:alloy", target))
                .satisfies(e -> {
                    assertThat(e.messageKey()).isEqualTo("cut.voice.error.api-status");
                    assertThat(e.arguments()).containsExactly(401, "Incorrect API key provided");
                });
        assertThat(target).doesNotExist();
    }

    @Test
    void aReplyThatIsNotSoundIsRefused() throws Exception {
        var api = api(exchange -> reply(exchange, 200, "audio/wav",
                "<html>maintenance</html>".getBytes(StandardCharsets.UTF_8)), Duration.ofSeconds(10));
        var target = folder.resolve("line.wav");

        assertThatExceptionOfType(VoiceUnavailable.class).isThrownBy(() -> api.speak("Hello.", "api:alloy", target))
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo("cut.voice.error.api-not-sound"));
        assertThat(target).doesNotExist();
        try (var left = Files.list(folder)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aSlowApiTimesOut() throws Exception {
        var api = api(exchange -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, Duration.ofSeconds(1));

        assertThatExceptionOfType(VoiceUnavailable.class)
                .isThrownBy(() -> api.speak("Hello.", "api:alloy", folder.resolve("line.wav")))
                .satisfies(e -> {
                    assertThat(e.messageKey()).isEqualTo("cut.voice.error.api-timeout");
                    assertThat(e.arguments()).containsExactly(1L);
                });
    }

    @Test
    void anApiThatIsNotThereIsUnreachable() throws Exception {
        int port;
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        var url = "http://127.0.0.1:" + port;
        var api = new SpeechApi(new VoiceSettings(null, url, "", "tts-1", List.of("alloy"), Duration.ofSeconds(5)),
                new DecodingMediaProbe());

        assertThatExceptionOfType(VoiceUnavailable.class)
                .isThrownBy(() -> api.speak("Hello.", "api:alloy", folder.resolve("line.wav")))
                .satisfies(e -> {
                    assertThat(e.messageKey()).isEqualTo("cut.voice.error.api-unreachable");
                    assertThat(e.arguments()).containsExactly(url);
                });
    }

    @Test
    void voicesNotConfiguredAreNotOffered() throws Exception {
        var api = api(exchange -> reply(exchange, 500, "text/plain", new byte[0]), Duration.ofSeconds(10));

        assertThat(api.offers("api:alloy")).isTrue();
        assertThat(api.offers("api:onyx")).isFalse();
        assertThatExceptionOfType(VoiceUnavailable.class)
                .isThrownBy(() -> api.speak("Hello.", "api:onyx", folder.resolve("line.wav")))
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo("cut.voice.error.unknown"));
        assertThat(bodies).isEmpty();
        var none = new SpeechApi(new VoiceSettings(null, "", "", "tts-1", List.of("alloy"), Duration.ofSeconds(5)),
                new DecodingMediaProbe());
        assertThat(none.options(Locale.ENGLISH)).isEmpty();
        assertThat(none.offers("api:alloy")).isFalse();
    }
}
