package org.filmfactory.factory.internal.idea;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.filmfactory.factory.ChatFailed;
import org.filmfactory.factory.ChatFailed.Reason;
import org.filmfactory.factory.ChatNotConfigured;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An OpenAI-compatible chat backend: {@code POST {base-url}/chat/completions} with the model, the messages,
 * {@code max_tokens} and {@code temperature}, the API key as a bearer token. One try per call (a screenplay is
 * worth a person's decision to try again, and a retry would be paid twice). The timeout runs until the reply
 * starts; the reply is read up to {@code max-reply-size}. The API key never appears in a message or a log line.
 */
@Component
class OpenAiChat implements ChatBackend, DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(OpenAiChat.class);
    private static final int PROVIDER_MESSAGE = 300;

    private final ChatSettings settings;
    private final HttpClient http;
    private final JsonMapper json = JsonMapper.builder().build();

    OpenAiChat(ChatSettings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    @Override
    public boolean configured() {
        return settings.configured();
    }

    @Override
    public String model() {
        return settings.model();
    }

    @Override
    public Reply complete(List<Message> messages, int maxTokens) throws InterruptedException {
        if (!settings.configured()) {
            throw new ChatNotConfigured();
        }
        URI endpoint;
        try {
            endpoint = new URI(settings.baseUrl() + "/chat/completions");
        } catch (URISyntaxException e) {
            throw new ChatFailed(Reason.UNREACHABLE, settings.baseUrl());
        }
        var body = json.createObjectNode();
        if (!settings.model().isEmpty()) {
            body.put("model", settings.model());
        }
        var list = body.putArray("messages");
        for (var message : messages) {
            list.addObject().put("role", message.role()).put("content", message.content());
        }
        body.put("max_tokens", maxTokens);
        body.put("temperature", settings.temperature());
        body.put("stream", false);
        var request = HttpRequest.newBuilder(endpoint).timeout(settings.timeout())
                .header("Content-Type", "application/json").header("Accept", "application/json");
        if (!settings.apiKey().isEmpty()) {
            request.header("Authorization", "Bearer " + settings.apiKey());
        }
        request.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8));
        HttpResponse<InputStream> response;
        byte[] bytes;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            try (var in = response.body()) {
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, settings.maxReplySize().toBytes() + 1));
            }
        } catch (HttpConnectTimeoutException | ConnectException e) {
            LOG.info("Chat backend {} not reachable: {}", settings.baseUrl(), e.toString());
            throw new ChatFailed(Reason.UNREACHABLE, settings.baseUrl());
        } catch (HttpTimeoutException e) {
            LOG.info("Chat backend {} gave no answer within {}", settings.baseUrl(), settings.timeout());
            throw new ChatFailed(Reason.TIMEOUT, settings.timeout().toSeconds());
        } catch (IOException e) {
            LOG.info("Chat backend {} failed: {}", settings.baseUrl(), e.toString());
            throw new ChatFailed(Reason.UNREACHABLE, settings.baseUrl());
        }
        if (bytes.length > settings.maxReplySize().toBytes()) {
            throw new ChatFailed(Reason.MALFORMED);
        }
        int status = response.statusCode();
        if (status < 200 || status > 299) {
            var said = providerMessage(bytes);
            LOG.info("Chat backend {} answered HTTP {}: {}", settings.baseUrl(), status, said);
            throw new ChatFailed(Reason.REFUSED, status, said);
        }
        return reply(bytes);
    }

    /** A 2xx body as a reply; {@link Reason#MALFORMED} when it is not a chat completion. */
    Reply reply(byte[] bytes) {
        JsonNode root;
        try {
            root = json.readTree(bytes);
        } catch (JacksonException e) {
            throw new ChatFailed(Reason.MALFORMED);
        }
        if (root == null || !root.isObject()) {
            throw new ChatFailed(Reason.MALFORMED);
        }
        var choices = root.path("choices");
        if (!choices.isArray() || choices.isEmpty() || !choices.get(0).isObject()) {
            throw new ChatFailed(Reason.MALFORMED);
        }
        var choice = choices.get(0);
        var message = choice.path("message");
        if (!message.isObject()) {
            throw new ChatFailed(Reason.MALFORMED);
        }
        var content = message.path("content");
        if (!content.isMissingNode() && !content.isNull() && !content.isString()) {
            throw new ChatFailed(Reason.MALFORMED);
        }
        var refusal = message.path("refusal");
        var usage = root.path("usage");
        return new Reply(content.isString() ? content.asString() : "",
                choice.path("finish_reason").isString() ? choice.path("finish_reason").asString() : "",
                refusal.isString() && !refusal.asString().isBlank() ? clean(refusal.asString()) : null,
                root.path("model").isString() ? root.path("model").asString() : settings.model(),
                tokens(usage.path("prompt_tokens")), tokens(usage.path("completion_tokens")));
    }

    private static int tokens(JsonNode count) {
        return count.isIntegralNumber() && count.asLong() >= 0 && count.asLong() <= Integer.MAX_VALUE
                ? count.asInt() : 0;
    }

    /** The provider's own words about an error ({@code error.message}, or the start of the body). */
    private String providerMessage(byte[] bytes) {
        String said;
        try {
            var root = json.readTree(bytes);
            var message = root == null ? null : root.path("error").path("message");
            said = message != null && message.isString() ? message.asString()
                    : root != null && root.path("error").isString() ? root.path("error").asString()
                    : new String(bytes, StandardCharsets.UTF_8);
        } catch (JacksonException e) {
            said = new String(bytes, StandardCharsets.UTF_8);
        }
        return clean(said);
    }

    private String clean(String text) {
        var said = text.replaceAll("\\s+", " ").strip();
        if (!settings.apiKey().isEmpty()) {
            said = said.replace(settings.apiKey(), "••••");
        }
        return said.length() > PROVIDER_MESSAGE ? said.substring(0, PROVIDER_MESSAGE) + "…" : said;
    }

    @Override
    public void destroy() {
        http.shutdownNow();
    }
}
