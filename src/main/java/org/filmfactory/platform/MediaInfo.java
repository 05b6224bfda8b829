package org.filmfactory.platform;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * What a media file is, by its content (never by its name).
 *
 * @param kind picture, video or sound
 * @param contentType the MIME type to store and serve it with, e.g. {@code video/mp4}, {@code image/png}
 * @param videoCodec e.g. {@code h264}, or null without video
 * @param audioCodec e.g. {@code aac}, or null without sound
 * @param width pixels, 0 without a picture
 * @param height pixels, 0 without a picture
 * @param frameRate frames per second, 0 for a still or sound
 * @param frames number of video frames, 1 for a still, 0 for sound
 * @param duration 0 for a still
 */
public record MediaInfo(Kind kind, String contentType, @Nullable String videoCodec, @Nullable String audioCodec,
        int width, int height, double frameRate, long frames, Duration duration) {

    public enum Kind {
        IMAGE,
        VIDEO,
        AUDIO
    }
}
