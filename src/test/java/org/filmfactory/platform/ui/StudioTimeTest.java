package org.filmfactory.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StudioTimeTest {

    private static final Instant MIDNIGHT_UTC = Instant.parse("2026-12-06T23:30:00Z");

    @Test
    void showsTheBrowsersZoneWithoutAnySuffix() {
        assertThat(StudioTime.format(MIDNIGHT_UTC, FormatStyle.MEDIUM, FormatStyle.SHORT, Locale.ENGLISH,
                Optional.of(ZoneId.of("Asia/Shanghai")))).isEqualTo("Dec 7, 2026, 7:30\u202fAM");
    }

    @Test
    void fallsBackToUtcAndSaysSo() {
        assertThat(StudioTime.format(MIDNIGHT_UTC, FormatStyle.MEDIUM, FormatStyle.SHORT, Locale.ENGLISH,
                Optional.empty())).isEqualTo("Dec 6, 2026, 11:30\u202fPM UTC");
    }

    @Test
    void writesChineseTheChineseWay() {
        assertThat(StudioTime.format(MIDNIGHT_UTC, FormatStyle.MEDIUM, FormatStyle.SHORT, Locale.SIMPLIFIED_CHINESE,
                Optional.of(ZoneId.of("Asia/Shanghai")))).isEqualTo("2026年12月7日 07:30");
    }

    @Test
    void aZoneJavaDoesNotKnowOrNoneAtAllIsNoZone() {
        assertThat(StudioTime.parse("Mars/Olympus_Mons")).isNull();
        assertThat(StudioTime.parse("")).isNull();
        assertThat(StudioTime.parse(null)).isNull();
        assertThat(StudioTime.parse("Europe/Berlin")).isEqualTo(ZoneId.of("Europe/Berlin"));
    }
}
