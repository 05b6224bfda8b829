package org.filmfactory.take.internal.backend;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.filmfactory.take.GenerationFailed;
import org.filmfactory.take.GenerationProgress;
import org.filmfactory.take.internal.settings.Meter;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * One generation's exchange with one provider. Every request goes through {@link #send}: timeouts and connection
 * failures, 5xx and 429 are tried again (429 after the provider's {@code Retry-After}, in seconds or as an HTTP
 * date; otherwise after an exponential backoff with jitter) up to {@code maxAttempts}; 401, 402, 403 and other 4xx
 * fail at once with the provider's own message. Replies are streamed with a size cap. Every failure is a {@link
 * GenerationFailed} naming the shot, the stage, the provider and the cause; the API key never appears in one.
 */
final class Conversation {

    private static final Logger LOG = LoggerFactory.getLogger(Conversation.class);
    private static final int ERROR_BODY_CAP = 16 * 1024;

    private final ProviderClient client;
    private final String shot;
    private final String provider;
    private final @Nullable String secret;
    private final Meter meter;
    private final GenerationProgress progress;

    Conversation(ProviderClient client, String shot, String provider, @Nullable String secret, Meter meter,
            GenerationProgress progress) {
        this.client = client;
        this.shot = shot;
        this.provider = provider;
        this.secret = secret;
        this.meter = meter;
        this.progress = progress;
    }

    GenerationFailed failed(String stage, String cause) {
        var clean = secret == null || secret.isEmpty() ? cause : cause.replace(secret, "••••");
        return new GenerationFailed(shot, stage, provider, clean);
    }

    /** Sends a request whose reply is JSON (at most {@code maxJsonSize}); the reply parsed. */
    JsonNode json(String stage, HttpRequest request) throws IOException, InterruptedException {
        return json(stage, request, client.settings.maxJsonSize().toBytes());
    }

    /** Sends a request whose reply is JSON of at most {@code cap} bytes (more when it carries a picture). */
    JsonNode json(String stage, HttpRequest request, long cap) throws IOException, InterruptedException {
        var body = (byte[]) send(stage, request, false, null, cap);
        try {
            return client.json.readTree(body);
        } catch (JacksonException e) {
            throw failed(stage, "the reply is not valid JSON");
        }
    }

    /**
     * Downloads a result into {@code target}. A 403, 404 or 410 means the provider's link expired (they are
     * short-lived), which no retry mends.
     */
    Path download(String stage, HttpRequest request, Path target) throws IOException, InterruptedException {
        return (Path) send(stage, request, true, target, client.settings.maxMediaSize().toBytes());
    }

    /** Waits between polls, or stops when the job is being stopped. */
    void pause(Duration duration) throws InterruptedException {
        stopIfAsked();
        client.sleeper.sleep(duration);
        stopIfAsked();
    }

    Meter meter() {
        return meter;
    }

    void progress(int percent, String stageKey) {
        progress.progress(percent, stageKey);
    }

    private void stopIfAsked() throws InterruptedException {
        if (progress.stopping()) {
            throw new InterruptedException("generation stopped");
        }
    }

    private Object send(String stage, HttpRequest request, boolean download, @Nullable Path target, long cap)
            throws InterruptedException {
        var settings = client.settings;
        var attempts = settings.maxAttempts();
        String problem = "";
        for (var attempt = 1; ; attempt++) {
            stopIfAsked();
            meter.request();
            Duration wait;
            var future = client.http.sendAsync(request, info -> subscriber(info, download, target, cap));
            HttpResponse<Object> response;
            try {
                response = future.get(settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                future.cancel(true);
                response = null;
                problem = "no reply within " + seconds(settings.requestTimeout());
            } catch (InterruptedException e) {
                future.cancel(true);
                throw e;
            } catch (ExecutionException e) {
                response = null;
                var cause = e.getCause();
                if (cause instanceof CappedBody.TooLarge tooLarge) {
                    deletePart(target);
                    throw failed(stage, "reply larger than " + size(tooLarge.cap) + ", refused");
                }
                if (cause instanceof HttpTimeoutException) {
                    problem = "no reply within " + seconds(settings.requestTimeout());
                } else if (cause instanceof ConnectException) {
                    problem = "cannot connect";
                } else if (cause instanceof IOException) {
                    problem = describe(cause);
                } else {
                    LOG.warn("Request to {} failed unexpectedly", provider, cause);
                    throw failed(stage, cause == null ? String.valueOf(e.getMessage()) : describe(cause));
                }
            }
            if (response == null) {
                wait = client.backoff(attempt);
            } else {
                var status = response.statusCode();
                if (status >= 200 && status < 300) {
                    return response.body();
                }
                deletePart(target);
                var message = status + " " + reason(status);
                if (status == 429 || status == 503) {
                    var retryAfter = retryAfter(response.headers());
                    if (retryAfter != null && retryAfter.compareTo(settings.maxRetryAfter()) > 0) {
                        throw failed(stage, message + ", retry after " + seconds(retryAfter));
                    }
                    wait = retryAfter != null ? retryAfter : client.backoff(attempt);
                    problem = message;
                } else if (status >= 500) {
                    wait = client.backoff(attempt);
                    problem = message;
                } else if (download && (status == 403 || status == 404 || status == 410)) {
                    throw failed(stage, message + ": the result link has expired");
                } else {
                    var said = providerMessage((byte[]) response.body());
                    throw failed(stage, said.isEmpty() ? message : message + ": " + said);
                }
            }
            if (attempt >= attempts) {
                throw failed(stage, problem + (attempts > 1 ? " after " + attempts + " attempts" : ""));
            }
            LOG.debug("{} for shot {}: {}, try {} of {} in {}", provider, shot, problem, attempt + 1, attempts, wait);
            stopIfAsked();
            client.sleeper.sleep(wait);
        }
    }

    private static HttpResponse.BodySubscriber<Object> subscriber(HttpResponse.ResponseInfo info, boolean download,
            @Nullable Path target, long cap) {
        var status = info.statusCode();
        if (status < 200 || status >= 300) {
            return new CappedBody<>(bytes(), ERROR_BODY_CAP, true);
        }
        if (info.headers().firstValueAsLong("Content-Length").orElse(-1) > cap) {
            // Refused before a byte of the body is read.
            return new CappedBody<>(bytes(), cap, false, true);
        }
        return new CappedBody<>(download && target != null ? file(target) : bytes(), cap, false);
    }

    private static CappedBody.Sink<Object> bytes() {
        var buffer = new ByteArrayOutputStream();
        return new CappedBody.Sink<>() {
            @Override
            public OutputStream stream() {
                return buffer;
            }

            @Override
            public Object finish() {
                return buffer.toByteArray();
            }
        };
    }

    private static CappedBody.Sink<Object> file(Path target) {
        return new CappedBody.Sink<>() {
            private @Nullable OutputStream out;

            @Override
            public OutputStream stream() {
                if (out == null) {
                    try {
                        out = Files.newOutputStream(target);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
                return out;
            }

            @Override
            public Object finish() throws IOException {
                stream().close();
                return target;
            }
        };
    }

    private static void deletePart(@Nullable Path target) {
        if (target != null) {
            try {
                Files.deleteIfExists(target);
            } catch (IOException ignored) {
                // The work folder is deleted after the call anyway.
            }
        }
    }

    /** {@code Retry-After} as a wait: seconds, or an HTTP date (a date in the past means now). */
    @Nullable Duration retryAfter(HttpHeaders headers) {
        var value = headers.firstValue("Retry-After").map(String::strip).orElse("");
        if (value.isEmpty()) {
            return null;
        }
        if (value.chars().allMatch(Character::isDigit)) {
            return value.length() > 9 ? Duration.ofDays(365) : Duration.ofSeconds(Long.parseLong(value));
        }
        try {
            var at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            var wait = Duration.between(client.clock.instant(), at);
            return wait.isNegative() ? Duration.ZERO : wait;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** What the provider said in an error reply: the usual JSON fields, else the first line of its text. */
    private String providerMessage(byte[] body) {
        if (body.length == 0) {
            return "";
        }
        try {
            var node = client.json.readTree(body);
            for (var candidate : new JsonNode[] {node.path("error").path("message"), node.path("error"),
                    node.path("message"), node.path("detail"), node.path("title")}) {
                if (candidate.isString() && !candidate.stringValue().isBlank()) {
                    return shorten(candidate.stringValue());
                }
            }
        } catch (JacksonException notJson) {
            // Plain text or HTML: its first line.
        }
        var text = new String(body, java.nio.charset.StandardCharsets.UTF_8).strip();
        if (text.startsWith("<")) {
            return "";
        }
        var newline = text.indexOf('\n');
        return shorten(newline < 0 ? text : text.substring(0, newline));
    }

    private static String shorten(String text) {
        var line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= 200 ? line : line.substring(0, 199) + "…";
    }

    private static String describe(Throwable failure) {
        var message = failure.getMessage();
        return message == null || message.isBlank() ? "connection failed"
                : "connection failed (" + shorten(message) + ")";
    }

    static String seconds(Duration duration) {
        var millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    static String size(long bytes) {
        if (bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return bytes + " bytes";
    }

    static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 402 -> "Payment Required";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 408 -> "Request Timeout";
            case 409 -> "Conflict";
            case 410 -> "Gone";
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            case 422 -> "Unprocessable Content";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> "HTTP error";
        };
    }
}
