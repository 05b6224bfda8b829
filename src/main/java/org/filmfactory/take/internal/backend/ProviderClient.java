package org.filmfactory.take.internal.backend;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Random;
import java.util.random.RandomGenerator;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the AI backends share: one {@link HttpClient} (connect timeout from settings, redirects followed except
 * https to http), the retry policy, the waits and the clock for {@code Retry-After} dates. Each generation talks
 * through a {@link Conversation} of its own.
 */
@Component
public class ProviderClient implements DisposableBean {

    final BackendSettings settings;
    final Clock clock;
    final Sleeper sleeper;
    final HttpClient http;
    final JsonMapper json = JsonMapper.builder().build();
    private final RandomGenerator jitter;

    @Autowired
    ProviderClient(BackendSettings settings, Clock clock) {
        this(settings, clock, Sleeper.REAL, new Random());
    }

    /** For tests: waits go to {@code sleeper}, jitter comes from {@code jitter} (seeded, so waits are exact). */
    public ProviderClient(BackendSettings settings, Clock clock, Sleeper sleeper, RandomGenerator jitter) {
        this.settings = settings;
        this.clock = clock;
        this.sleeper = sleeper;
        this.jitter = jitter;
        this.http = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /**
     * The wait before try {@code attempt + 1}: {@code firstBackoff · 2^(attempt-1)}, at most {@code maxBackoff}, of
     * which a random part up to half is taken off, so many shots failing together do not retry in step.
     */
    synchronized Duration backoff(int attempt) {
        var base = settings.firstBackoff().multipliedBy(1L << Math.min(attempt - 1, 20));
        if (base.compareTo(settings.maxBackoff()) > 0) {
            base = settings.maxBackoff();
        }
        var half = base.toMillis() / 2;
        return Duration.ofMillis(base.toMillis() - (half == 0 ? 0 : jitter.nextLong(half + 1)));
    }

    @Override
    public void destroy() {
        http.shutdownNow();
    }
}
