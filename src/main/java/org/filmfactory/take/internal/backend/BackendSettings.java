package org.filmfactory.take.internal.backend;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * How the studio talks to AI backends.
 *
 * @param connectTimeout to open a connection
 * @param requestTimeout for one whole request, reply body included
 * @param maxAttempts tries per request for timeouts, 5xx and 429 before giving up (1 = no retry)
 * @param firstBackoff wait before the second try; doubles each try, with jitter of up to half of it
 * @param maxBackoff longest wait between tries
 * @param maxRetryAfter longest {@code Retry-After} honoured; a provider asking for more fails the shot at once
 * @param maxMediaSize largest picture or video accepted; a bigger reply is refused while it streams
 * @param maxJsonSize largest JSON reply accepted
 * @param pollInterval between status polls of a video job or ComfyUI prompt
 * @param jobTimeout longest wait for a video job or ComfyUI prompt to finish
 */
@ConfigurationProperties("filmfactory.take.backends")
@Validated
public record BackendSettings(
        @DefaultValue("10s") Duration connectTimeout,
        @DefaultValue("120s") Duration requestTimeout,
        @DefaultValue("4") int maxAttempts,
        @DefaultValue("1s") Duration firstBackoff,
        @DefaultValue("30s") Duration maxBackoff,
        @DefaultValue("120s") Duration maxRetryAfter,
        @DefaultValue("50MB") DataSize maxMediaSize,
        @DefaultValue("1MB") DataSize maxJsonSize,
        @DefaultValue("5s") Duration pollInterval,
        @DefaultValue("20m") Duration jobTimeout) {

    public BackendSettings {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("filmfactory.take.backends.max-attempts must be at least 1");
        }
    }
}
