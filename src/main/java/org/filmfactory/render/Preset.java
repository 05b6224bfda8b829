package org.filmfactory.render;

import java.util.Locale;

/**
 * What a film is rendered as. Every preset is H.264 High, yuv420p, BT.709, constant frame rate, AAC-LC 48 kHz stereo,
 * MP4 with the index first ({@code +faststart}). Quality is constant (CRF) under a peak bitrate (VBV) that keeps a
 * 3-minute film well inside every platform's upload limits (README, "Rendering").
 *
 * @param width pixels
 * @param height pixels
 * @param fps frames per second
 * @param maxVideoKbps the VBV peak rate of the picture
 * @param audioKbps the AAC rate
 */
public enum Preset {
    /** Douyin, TikTok, Reels, Shorts full screen: the default. */
    VERTICAL(1080, 1920, 30, 8_000, 192),
    HORIZONTAL(1920, 1080, 30, 8_000, 192),
    SQUARE(1080, 1080, 30, 6_000, 192),
    /** A quick look: a quarter of the pixels of {@link #VERTICAL}. */
    PREVIEW(540, 960, 30, 2_000, 128);

    private final int width;
    private final int height;
    private final int fps;
    private final int maxVideoKbps;
    private final int audioKbps;

    Preset(int width, int height, int fps, int maxVideoKbps, int audioKbps) {
        this.width = width;
        this.height = height;
        this.fps = fps;
        this.maxVideoKbps = maxVideoKbps;
        this.audioKbps = audioKbps;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public int fps() {
        return fps;
    }

    public int maxVideoKbps() {
        return maxVideoKbps;
    }

    public int audioKbps() {
        return audioKbps;
    }

    /** The name on the command line and in URLs: {@code vertical}, {@code horizontal}, {@code square}, {@code preview}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The preset named {@code id} (any case). */
    public static Preset of(String id) {
        return valueOf(id.strip().toUpperCase(Locale.ROOT));
    }
}
