package org.filmfactory.take.internal.animatic;

import java.awt.Color;
import java.util.Locale;
import org.filmfactory.breakdown.BreakdownScene;

/**
 * The colours and light of a scene, from its time of day (English or Chinese, as written in the heading) and whether
 * it is inside or outside. Night is dark blue with warm practical lights, day a bright sky, dawn and dusk warm
 * gradients. Every figure and set of one scene is shaded by the same light, so shots of a scene cut together.
 */
record Light(Time time, boolean interior, Color skyTop, Color skyBottom, Color glow, Color groundFar,
        Color groundNear, Color wallTop, Color wallBottom, Color floorFar, Color floorNear, float[] ambient,
        boolean practicals, boolean stars, Color sun, double sunHeight, Color shadow) {

    /** Times of day the animatic paints differently. */
    enum Time {
        DAY,
        MORNING,
        DAWN,
        DUSK,
        EVENING,
        NIGHT
    }

    static Time time(String timeOfDay) {
        var text = timeOfDay.toUpperCase(Locale.ROOT);
        if (has(text, "NIGHT", "MIDNIGHT", "夜", "晚上", "午夜", "深夜")) {
            return Time.NIGHT;
        }
        if (has(text, "DAWN", "SUNRISE", "DAYBREAK", "清晨", "黎明", "拂晓", "凌晨", "破晓", "日出")) {
            return Time.DAWN;
        }
        if (has(text, "DUSK", "SUNSET", "TWILIGHT", "MAGIC HOUR", "黄昏", "傍晚", "日落", "薄暮")) {
            return Time.DUSK;
        }
        if (has(text, "EVENING", "晚")) {
            return Time.EVENING;
        }
        if (has(text, "MORNING", "早晨", "早上", "上午", "早")) {
            return Time.MORNING;
        }
        return Time.DAY;
    }

    private static boolean has(String text, String... words) {
        for (var word : words) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }

    static Light of(BreakdownScene.Setting setting, String timeOfDay) {
        boolean interior = setting == BreakdownScene.Setting.INTERIOR
                || setting == BreakdownScene.Setting.UNSPECIFIED;
        var time = time(timeOfDay);
        return switch (time) {
            case DAY -> new Light(time, interior, rgb(0x3d7fd6), rgb(0xbfe0f7), rgb(0xfff6dc, 90), rgb(0x8fa98a),
                    rgb(0x5d7a4f), rgb(0xe9dcc4), rgb(0xcdb999), rgb(0xa88462), rgb(0x7a5b3f),
                    new float[] {1.0f, 1.0f, 0.98f}, false, false, rgb(0xfffbe8), 0.10, rgb(0x1e2430, 110));
            case MORNING -> new Light(time, interior, rgb(0x5f95d8), rgb(0xf3e3c2), rgb(0xffe2a8, 110),
                    rgb(0x9aa98a), rgb(0x667a52), rgb(0xf0e0c4), rgb(0xd6bd95), rgb(0xae8862), rgb(0x7e5d3e),
                    new float[] {1.0f, 0.97f, 0.9f}, false, false, rgb(0xfff0c8), 0.22, rgb(0x2a2418, 110));
            case DAWN -> new Light(time, interior, rgb(0x4a5a8c), rgb(0xf6b48a), rgb(0xffc08a, 140),
                    rgb(0x8a7d86), rgb(0x4f4a5a), rgb(0xd9c3b4), rgb(0xa98f86), rgb(0x8a6a58), rgb(0x5a4438),
                    new float[] {0.92f, 0.82f, 0.8f}, true, false, rgb(0xffd9a0), 0.38, rgb(0x2a1c28, 120));
            case DUSK -> new Light(time, interior, rgb(0x3b2f6b), rgb(0xf08a4b), rgb(0xff9a55, 150),
                    rgb(0x6e5060), rgb(0x3c2c3a), rgb(0xc9a08a), rgb(0x8f6a5e), rgb(0x7c5444), rgb(0x4a3028),
                    new float[] {0.95f, 0.72f, 0.62f}, true, false, rgb(0xffb066), 0.40, rgb(0x241420, 130));
            case EVENING -> new Light(time, interior, rgb(0x1c2550), rgb(0x7a5a8a), rgb(0xd68a6a, 110),
                    rgb(0x3c3a52), rgb(0x24233a), rgb(0x8a7a80), rgb(0x5a4c58), rgb(0x5a443c), rgb(0x362a28),
                    new float[] {0.66f, 0.6f, 0.7f}, true, true, rgb(0xf2d7a0), 0.34, rgb(0x0c0c1c, 140));
            case NIGHT -> new Light(time, interior, rgb(0x060b1f), rgb(0x1b2b52), rgb(0x4a6aa8, 70),
                    rgb(0x161d33), rgb(0x0c1122), rgb(0x3a4560), rgb(0x242b40), rgb(0x30283a), rgb(0x1a1522),
                    new float[] {0.42f, 0.48f, 0.68f}, true, true, rgb(0xe8eefc), 0.12, rgb(0x02040c, 160));
        };
    }

    /** How bright the scene is overall (0–1): a night figure is darker than a day figure of the same coat. */
    Color lit(Color base, double brightness) {
        float b = (float) brightness;
        return new Color(clamp(base.getRed() * ambient[0] * b), clamp(base.getGreen() * ambient[1] * b),
                clamp(base.getBlue() * ambient[2] * b), base.getAlpha());
    }

    boolean dark() {
        return time == Time.NIGHT || time == Time.EVENING;
    }

    static Color rgb(int rgb) {
        return new Color(rgb);
    }

    static Color rgb(int rgb, int alpha) {
        return new Color((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff, alpha);
    }

    static Color mix(Color a, Color b, double t) {
        double u = 1 - t;
        return new Color(clamp((float) (a.getRed() * u + b.getRed() * t)),
                clamp((float) (a.getGreen() * u + b.getGreen() * t)), clamp((float) (a.getBlue() * u + b.getBlue() * t)),
                clamp((float) (a.getAlpha() * u + b.getAlpha() * t)));
    }

    static Color alpha(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), Math.max(0, Math.min(255, alpha)));
    }

    static int clamp(float value) {
        return Math.max(0, Math.min(255, Math.round(value)));
    }
}
