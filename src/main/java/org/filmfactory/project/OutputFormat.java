package org.filmfactory.project;

/**
 * The picture a project renders to by default. Vertical full HD at 30 fps suits Douyin, TikTok, Reels and Shorts.
 * Sizes must be even (H.264 with 4:2:0 chroma needs it).
 */
public record OutputFormat(int width, int height, int fps) {

    public static final OutputFormat VERTICAL_HD = new OutputFormat(1080, 1920, 30);
    public static final OutputFormat HORIZONTAL_HD = new OutputFormat(1920, 1080, 30);
    public static final OutputFormat SQUARE = new OutputFormat(1080, 1080, 30);

    public OutputFormat {
        if (width < 16 || width > 4096 || height < 16 || height > 4096 || width % 2 != 0 || height % 2 != 0) {
            throw new InvalidProjectDetails("format", "project.error.format-size");
        }
        if (fps < 1 || fps > 120) {
            throw new InvalidProjectDetails("format", "project.error.format-fps");
        }
    }

    @Override
    public String toString() {
        return width + "×" + height + " · " + fps + " fps";
    }
}
