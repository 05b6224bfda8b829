package org.filmfactory.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RelativeTimeTest {

    static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");

    @Test
    void saysHowLongAgoInTheLargestWholeUnitUpToAWeek() {
        assertThat(RelativeTime.of(NOW.minusSeconds(59), NOW))
                .isEqualTo(new RelativeTime.Phrase("activity.time.now", 0));
        assertThat(RelativeTime.of(NOW.minusSeconds(60), NOW))
                .isEqualTo(new RelativeTime.Phrase("activity.time.minutes", 1));
        assertThat(RelativeTime.of(NOW.minusSeconds(59 * 60 + 59), NOW))
                .isEqualTo(new RelativeTime.Phrase("activity.time.minutes", 59));
        assertThat(RelativeTime.of(NOW.minusSeconds(3600), NOW))
                .isEqualTo(new RelativeTime.Phrase("activity.time.hours", 1));
        assertThat(RelativeTime.of(NOW.minusSeconds(86_400), NOW))
                .isEqualTo(new RelativeTime.Phrase("activity.time.days", 1));
        assertThat(RelativeTime.of(NOW.minusSeconds(6 * 86_400 + 86_399), NOW))
                .isEqualTo(new RelativeTime.Phrase("activity.time.days", 6));
        assertThat(RelativeTime.of(NOW.minusSeconds(7 * 86_400), NOW)).isEqualTo(new RelativeTime.Phrase("", 0));
    }
}
