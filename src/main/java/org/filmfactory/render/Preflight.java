package org.filmfactory.render;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What each platform would say of a film: its published upload limits in one table ({@link #PUBLISHED}) checked
 * against the film's length, size, picture and sound. Pure: no Spring, no files (the caller probes the film). Run
 * before a render on the figures the cut and the preset promise, and after it on the file as it came out.
 */
public final class Preflight {

    /**
     * One platform's limits.
     *
     * @param maxDuration longest upload the platform takes (as the kind of video the film is meant to be)
     * @param minDuration shortest it takes
     * @param maxBytes largest file it takes
     * @param minFps lowest frame rate it takes
     * @param maxFps highest frame rate it takes
     * @param fullWidth the picture width of a full-screen vertical video
     * @param fullHeight the picture height of a full-screen vertical video
     * @param minSide the smallest width or height it takes
     * @param maxSide the largest width or height it takes
     * @param audioCodecs the sound it takes ({@code aac}; none listed: any)
     */
    public record Limits(Duration maxDuration, Duration minDuration, long maxBytes, double minFps, double maxFps,
            int fullWidth, int fullHeight, int minSide, int maxSide, List<String> audioCodecs) {

        public Limits {
            audioCodecs = List.copyOf(audioCodecs);
        }
    }

    /**
     * A film as preflight sees it.
     *
     * @param duration its length
     * @param bytes its size (before rendering: what the preset's peak rates allow at most)
     * @param width pixels
     * @param height pixels
     * @param fps frames per second
     * @param audioCodec e.g. {@code aac}, or null without sound
     */
    public record Facts(Duration duration, long bytes, int width, int height, double fps, @Nullable String audioCodec) {
    }

    private static final long MB = 1_000_000L;
    private static final long GB = 1_000_000_000L;

    /**
     * The platforms' published limits (checked 2026-12; platforms change them, so each line says where it comes from
     * and how sure it is).
     * <ul>
     * <li>TikTok: TikTok for Developers, Content Posting API "Media transfer guide" / video restrictions — MP4 with
     *     H.264, AAC; 23–60 fps; 360–4096 px a side; up to 4 GB; "all creators can post 3-minute videos, more and more
     *     get 10 minutes" (the app allows up to 10 min, web uploads up to 60 min for some accounts). We check 10 min:
     *     a longer film is refused for most accounts; 3–10 min depends on the account (uncertain).</li>
     * <li>Douyin: 抖音开放平台 视频上传 (open.douyin.com, "上传视频") — MP4/H.264 recommended, files up to 4 GB (parts of
     *     up to 128 MB); the app takes videos of up to 15 minutes (creators with access: up to 30; uncertain, not
     *     published as one number). Frame rate range is not published; we use TikTok's 23–60 (assumption).</li>
     * <li>YouTube Shorts: YouTube Help "Upload YouTube Shorts" — square or vertical, up to 3 minutes (since
     *     15 Oct 2024; before: 60 s); a longer or horizontal upload becomes a normal video, not a Short. Uploads up to
     *     256 GB or 12 h; "Recommended upload encoding settings": H.264, AAC-LC 48 kHz, frame rates 24–60.</li>
     * <li>Instagram Reels: Instagram Help "Reels length" — up to 3 minutes in the app (since Jan 2025; older accounts
     *     saw 90 s, so uncertain per account); Graph API "Reels specifications" — MOV/MP4, H.264/HEVC, AAC at most
     *     48 kHz, 23–60 fps, at most 1920 px a side, at least 3 s, at most 300 MB (the API takes up to 15 min, which the
     *     app does not show as a Reel).</li>
     * </ul>
     * Full screen on all four is 9:16, 1080×1920. The safe zones the player overlays are in STACK-NOTES.
     */
    public static final Map<PlatformTarget, Limits> PUBLISHED = published();

    private static Map<PlatformTarget, Limits> published() {
        var table = new EnumMap<PlatformTarget, Limits>(PlatformTarget.class);
        table.put(PlatformTarget.TIKTOK, new Limits(Duration.ofMinutes(10), Duration.ofSeconds(1), 4 * GB, 23, 60,
                1080, 1920, 360, 4096, List.of("aac")));
        table.put(PlatformTarget.DOUYIN, new Limits(Duration.ofMinutes(15), Duration.ofSeconds(1), 4 * GB, 23, 60,
                1080, 1920, 360, 4096, List.of("aac")));
        table.put(PlatformTarget.YOUTUBE_SHORTS, new Limits(Duration.ofMinutes(3), Duration.ofSeconds(1), 256 * GB,
                24, 60, 1080, 1920, 240, 7680, List.of("aac")));
        table.put(PlatformTarget.INSTAGRAM_REELS, new Limits(Duration.ofMinutes(3), Duration.ofSeconds(3), 300 * MB,
                23, 60, 1080, 1920, 320, 1920, List.of("aac")));
        return Map.copyOf(table);
    }

    private final Map<PlatformTarget, Limits> limits;

    /** Preflight against the published limits. */
    public Preflight() {
        this(PUBLISHED);
    }

    /** Preflight against other limits (tests, or a platform that changed them). */
    public Preflight(Map<PlatformTarget, Limits> limits) {
        this.limits = new EnumMap<>(limits);
    }

    /** Every finding for every platform, in platform order; empty when the film is fine everywhere. */
    public List<PreflightFinding> check(Facts film) {
        var findings = new ArrayList<PreflightFinding>();
        for (var platform : PlatformTarget.values()) {
            var limit = limits.get(platform);
            if (limit != null) {
                findings.addAll(check(platform, limit, film));
            }
        }
        return List.copyOf(findings);
    }

    /** What one platform would say. */
    public static List<PreflightFinding> check(PlatformTarget platform, Limits limit, Facts film) {
        var findings = new ArrayList<PreflightFinding>();
        if (film.duration().compareTo(limit.maxDuration()) > 0) {
            findings.add(new PreflightFinding(platform, true, "render.preflight.too-long",
                    List.of(clock(film.duration()), clock(limit.maxDuration()))));
        }
        if (film.duration().compareTo(limit.minDuration()) < 0) {
            findings.add(new PreflightFinding(platform, true, "render.preflight.too-short",
                    List.of(seconds(film.duration()), seconds(limit.minDuration()))));
        }
        if (film.bytes() > limit.maxBytes()) {
            findings.add(new PreflightFinding(platform, true, "render.preflight.too-large",
                    List.of(megabytes(film.bytes()), megabytes(limit.maxBytes()))));
        }
        if (film.fps() < limit.minFps() || film.fps() > limit.maxFps()) {
            findings.add(new PreflightFinding(platform, true, "render.preflight.fps",
                    List.of(number(film.fps()), number(limit.minFps()), number(limit.maxFps()))));
        }
        int shortSide = Math.min(film.width(), film.height());
        int longSide = Math.max(film.width(), film.height());
        if (shortSide < limit.minSide() || longSide > limit.maxSide()) {
            findings.add(new PreflightFinding(platform, true, "render.preflight.size",
                    List.of(film.width() + "×" + film.height(), String.valueOf(limit.minSide()),
                            String.valueOf(limit.maxSide()))));
        } else if ((long) film.width() * limit.fullHeight() != (long) film.height() * limit.fullWidth()) {
            // Plays, but not full screen: letterboxed, or (Shorts) not a Short at all.
            findings.add(new PreflightFinding(platform, false, "render.preflight.not-full-screen",
                    List.of(film.width() + "×" + film.height(), limit.fullWidth() + "×" + limit.fullHeight())));
        } else if (film.width() < limit.fullWidth()) {
            findings.add(new PreflightFinding(platform, false, "render.preflight.low-resolution",
                    List.of(film.width() + "×" + film.height(), limit.fullWidth() + "×" + limit.fullHeight())));
        }
        if (film.audioCodec() == null) {
            findings.add(new PreflightFinding(platform, false, "render.preflight.no-sound", List.of()));
        } else if (!limit.audioCodecs().isEmpty() && !limit.audioCodecs().contains(film.audioCodec())) {
            findings.add(new PreflightFinding(platform, true, "render.preflight.audio",
                    List.of(film.audioCodec(), String.join(", ", limit.audioCodecs()))));
        }
        return List.copyOf(findings);
    }

    /** The most a film of the preset and length can weigh: both peak rates for its whole length. */
    public static long largestSize(Preset preset, Duration duration) {
        return (preset.maxVideoKbps() + preset.audioKbps()) * 1000L / 8 * duration.toMillis() / 1000;
    }

    private static String clock(Duration duration) {
        long seconds = (duration.toMillis() + 999) / 1000;
        return String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f", duration.toMillis() / 1000.0);
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (double) MB);
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.2f", value);
    }
}
