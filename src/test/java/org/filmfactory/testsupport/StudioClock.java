package org.filmfactory.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The studio's clock in tests where minutes or days must pass: real time plus an offset the test moves forward, so
 * expiry is tested without waiting. Import {@link Setup}; tests that move it put it back with {@link #reset()}.
 */
public final class StudioClock extends Clock {

    private final Clock base = Clock.systemUTC();
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    /** Lets {@code amount} pass at once. */
    public void advance(Duration amount) {
        offset.accumulateAndGet(amount, Duration::plus);
    }

    public void reset() {
        offset.set(Duration.ZERO);
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(base.withZone(zone), offset.get());
    }

    /** Puts the movable clock in place of the platform's. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Setup {

        @Bean
        @Primary
        StudioClock studioClock() {
            return new StudioClock();
        }
    }
}
