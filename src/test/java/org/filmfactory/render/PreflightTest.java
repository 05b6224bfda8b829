package org.filmfactory.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Preflight against hand-made limits, and the published table's figures that the studio's presets rely on. */
class PreflightTest {

    /** A platform that takes 3 minutes, 100 MB, 24–60 fps, vertical 1080×1920, 320–1920 px a side, AAC. */
    static final Preflight.Limits SHORTS_LIKE = new Preflight.Limits(Duration.ofMinutes(3), Duration.ofSeconds(3),
            100_000_000L, 24, 60, 1080, 1920, 320, 1920, List.of("aac"));
    /** A platform that takes 10 minutes and anything up to 4 GB. */
    static final Preflight.Limits TIKTOK_LIKE = new Preflight.Limits(Duration.ofMinutes(10), Duration.ofSeconds(1),
            4_000_000_000L, 23, 60, 1080, 1920, 360, 4096, List.of("aac"));

    static final Preflight PREFLIGHT = new Preflight(Map.of(PlatformTarget.YOUTUBE_SHORTS, SHORTS_LIKE,
            PlatformTarget.TIKTOK, TIKTOK_LIKE));

    @Test
    void aFourMinuteFilmIsRefusedByTheThreeMinutePlatformOnly() {
        var film = new Preflight.Facts(Duration.ofMinutes(4), 50_000_000L, 1080, 1920, 30, "aac");

        assertThat(PREFLIGHT.check(film)).containsExactly(new PreflightFinding(PlatformTarget.YOUTUBE_SHORTS, true,
                "render.preflight.too-long", List.of("4:00", "3:00")));
    }

    @Test
    void aFilmWithinEveryLimitHasNoFindings() {
        var film = new Preflight.Facts(Duration.ofSeconds(59), 30_000_000L, 1080, 1920, 30, "aac");

        assertThat(PREFLIGHT.check(film)).isEmpty();
    }

    @Test
    void sizeFrameRatePictureAndSoundAreEachNamed() {
        var film = new Preflight.Facts(Duration.ofSeconds(2), 150_000_000L, 1920, 1080, 120, "mp3");

        assertThat(PREFLIGHT.check(film)).containsExactly(
                new PreflightFinding(PlatformTarget.TIKTOK, true, "render.preflight.fps", List.of("120", "23", "60")),
                new PreflightFinding(PlatformTarget.TIKTOK, false, "render.preflight.not-full-screen",
                        List.of("1920×1080", "1080×1920")),
                new PreflightFinding(PlatformTarget.TIKTOK, true, "render.preflight.audio", List.of("mp3", "aac")),
                new PreflightFinding(PlatformTarget.YOUTUBE_SHORTS, true, "render.preflight.too-short",
                        List.of("2.0", "3.0")),
                new PreflightFinding(PlatformTarget.YOUTUBE_SHORTS, true, "render.preflight.too-large",
                        List.of("150.0", "100.0")),
                new PreflightFinding(PlatformTarget.YOUTUBE_SHORTS, true, "render.preflight.fps",
                        List.of("120", "24", "60")),
                new PreflightFinding(PlatformTarget.YOUTUBE_SHORTS, false, "render.preflight.not-full-screen",
                        List.of("1920×1080", "1080×1920")),
                new PreflightFinding(PlatformTarget.YOUTUBE_SHORTS, true, "render.preflight.audio",
                        List.of("mp3", "aac")));
    }

    @Test
    void thePreviewPresetPlaysFullScreenButSoftAndASilentFilmIsNoted() {
        var film = new Preflight.Facts(Duration.ofSeconds(30), 5_000_000L, 540, 960, 30, null);

        assertThat(PREFLIGHT.check(film)).containsExactly(
                new PreflightFinding(PlatformTarget.TIKTOK, false, "render.preflight.low-resolution",
                        List.of("540×960", "1080×1920")),
                new PreflightFinding(PlatformTarget.TIKTOK, false, "render.preflight.no-sound", List.of()),
                new PreflightFinding(PlatformTarget.YOUTUBE_SHORTS, false, "render.preflight.low-resolution",
                        List.of("540×960", "1080×1920")),
                new PreflightFinding(PlatformTarget.YOUTUBE_SHORTS, false, "render.preflight.no-sound", List.of()));
    }

    @Test
    void theLargestThreeMinuteVerticalFilmFitsEveryPublishedSizeLimit() {
        var threeMinutes = Duration.ofMinutes(3);
        long largest = Preflight.largestSize(Preset.VERTICAL, threeMinutes);

        assertThat(largest).isEqualTo((8_000 + 192) * 1000L / 8 * 180);
        assertThat(new Preflight().check(new Preflight.Facts(threeMinutes, largest, 1080, 1920, 30, "aac"))).isEmpty();
    }

    @Test
    void publishedLimitsRefuseAFourMinuteFilmOnShortsAndReelsOnly() {
        var film = new Preflight.Facts(Duration.ofMinutes(4), 100_000_000L, 1080, 1920, 30, "aac");

        assertThat(new Preflight().check(film)).containsExactly(
                new PreflightFinding(PlatformTarget.YOUTUBE_SHORTS, true, "render.preflight.too-long",
                        List.of("4:00", "3:00")),
                new PreflightFinding(PlatformTarget.INSTAGRAM_REELS, true, "render.preflight.too-long",
                        List.of("4:00", "3:00")));
    }
}
