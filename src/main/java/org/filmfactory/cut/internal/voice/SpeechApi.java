package org.filmfactory.cut.internal.voice;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.filmfactory.cut.VoiceOption;
import org.filmfactory.cut.VoiceUnavailable;
import org.filmfactory.platform.MediaInfo;
import org.filmfactory.platform.MediaProbe;
import org.filmfactory.platform.MediaRefused;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * An OpenAI-compatible speech API ({@code POST <api-url>/v1/audio/speech} with {@code model}, {@code voice},
 * {@code input} and {@code response_format: "wav"}), when {@code filmfactory.voice.api-url} is set. The reply is
 * probed before it is used: anything but sound is refused. Failures become {@link VoiceUnavailable} with the
 * status and the API's own message, the timeout, or the address that could not be reached.
 */
@Component
class SpeechApi {

    static final String ENGINE = "api";
    private static final long MAX_REPLY = 50L * 1024 * 1024;
    private static final int MAX_MESSAGE = 200;

    private final VoiceSettings settings;
    private final MediaProbe probe;
    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http;

    SpeechApi(VoiceSettings settings, MediaProbe probe) {
        this.settings = settings;
        this.probe = probe;
        this.http = HttpClient.newBuilder().connectTimeout(settings.apiTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    List<VoiceOption> options(Locale language) {
        if (!settings.apiConfigured()) {
            return List.of();
        }
        return settings.voices().stream().map(voice -> new VoiceOption(ENGINE + ":" + voice, voice, ENGINE, language))
                .toList();
    }

    boolean offers(String voiceId) {
        return settings.apiConfigured() && voiceId.startsWith(ENGINE + ":")
                && settings.voices().contains(voiceId.substring(ENGINE.length() + 1));
    }

    /** Speaks {@code text} with the API's {@code voiceId} into a WAV at {@code target}; how long it lasts. */
    Duration speak(String text, String voiceId, Path target) throws IOException {
        if (!offers(voiceId)) {
            throw new VoiceUnavailable("cut.voice.error.unknown", voiceId);
        }
        var address = settings.apiUrl().replaceAll("/+$", "") + "/v1/audio/speech";
        var body = json.createObjectNode().put("model", settings.model())
                .put("voice", voiceId.substring(ENGINE.length() + 1)).put("input", text).put("response_format", "wav");
        var request = HttpRequest.newBuilder(URI.create(address)).timeout(settings.apiTimeout())
                .header("Content-Type", "application/json").header("Accept", "audio/wav")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8));
        if (!settings.apiKey().isBlank()) {
            request.header("Authorization", "Bearer " + settings.apiKey());
        }
        HttpResponse<InputStream> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpConnectTimeoutException | ConnectException e) {
            throw new VoiceUnavailable("cut.voice.error.api-unreachable", settings.apiUrl());
        } catch (HttpTimeoutException e) {
            throw new VoiceUnavailable("cut.voice.error.api-timeout", settings.apiTimeout().toSeconds());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the speech API", e);
        } catch (IOException e) {
            throw new VoiceUnavailable("cut.voice.error.api-unreachable", settings.apiUrl());
        }
        try (var in = response.body()) {
            if (response.statusCode() / 100 != 2) {
                throw new VoiceUnavailable("cut.voice.error.api-status", response.statusCode(),
                        message(in.readNBytes(64 * 1024)));
            }
            var temporary = Files.createTempFile(target.toAbsolutePath().getParent(), ".api-", ".wav");
            try {
                copy(in, temporary);
                MediaInfo info;
                try {
                    info = probe.probe(temporary);
                } catch (MediaRefused refused) {
                    throw new VoiceUnavailable("cut.voice.error.api-not-sound", settings.apiUrl());
                }
                if (info.kind() != MediaInfo.Kind.AUDIO) {
                    throw new VoiceUnavailable("cut.voice.error.api-not-sound", settings.apiUrl());
                }
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
                return info.duration();
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (HttpTimeoutException e) {
            throw new VoiceUnavailable("cut.voice.error.api-timeout", settings.apiTimeout().toSeconds());
        }
    }

    private static void copy(InputStream in, Path target) throws IOException {
        try (var out = Files.newOutputStream(target)) {
            var buffer = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = in.read(buffer)) >= 0; ) {
                total += n;
                if (total > MAX_REPLY) {
                    throw new IOException("the speech API sent more than 50 MB");
                }
                out.write(buffer, 0, n);
            }
        }
    }

    /** The API's own message ({@code {"error": {"message": …}}} or the text), short and without control characters. */
    private String message(byte[] reply) {
        var text = new String(reply, StandardCharsets.UTF_8);
        try {
            var message = json.readTree(text).path("error").path("message");
            if (message.isString() && !message.asString().isBlank()) {
                text = message.asString();
            }
        } catch (JacksonException notJson) {
            // A plain-text or HTML error page: show its start.
        }
        text = text.replaceAll("[\\p{Cntrl}]+", " ").strip();
        return text.length() > MAX_MESSAGE ? text.substring(0, MAX_MESSAGE) + "…" : text;
    }
}
