package org.filmfactory.platform;

/**
 * The picture every clip and film of a project is made in. Vertical 1080×1920 at 30 fps is the default: what
 * Douyin, TikTok, Reels and Shorts play full screen.
 */
public record VideoFormat(int width, int height, int fps) {

    public static final VideoFormat VERTICAL_HD = new VideoFormat(1080, 1920, 30);

    public VideoFormat {
        if (width < 16 || height < 16 || width % 2 != 0 || height % 2 != 0 || fps < 1 || fps > 120) {
            throw new IllegalArgumentException("unsupported format " + width + "x" + height + "@" + fps);
        }
    }
}
