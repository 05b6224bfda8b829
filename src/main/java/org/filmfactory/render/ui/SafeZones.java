package org.filmfactory.render.ui;

import java.util.Map;
import org.filmfactory.render.PlatformTarget;

/**
 * Where each platform's buttons, captions and names cover a full-screen vertical video (1080×1920), as fractions of
 * the frame to leave clear at each edge. From the figures in STACK-NOTES ("Vertical safe zones"): YouTube's vertical
 * ads guide (top 288, bottom 672, left 48, right 192 px), Meta's Reels guide (top 14 %, bottom 35 %, sides 6 %), and
 * for TikTok the largest of the third-party estimates of its overlay templates (top 250, bottom 460, right 180 px;
 * left not published, 60 px assumed). Douyin publishes none in English; it shares TikTok's layout, so its figures
 * are TikTok's (an assumption).
 *
 * @param top the covered band at the top
 * @param bottom the covered band at the bottom
 * @param left the covered band on the left
 * @param right the covered band on the right
 */
record SafeZones(double top, double bottom, double left, double right) {

    private static final double WIDTH = 1080;
    private static final double HEIGHT = 1920;

    static final Map<PlatformTarget, SafeZones> PUBLISHED = Map.of(
            PlatformTarget.YOUTUBE_SHORTS, pixels(288, 672, 48, 192),
            PlatformTarget.INSTAGRAM_REELS, new SafeZones(0.14, 0.35, 0.06, 0.06),
            PlatformTarget.TIKTOK, pixels(250, 460, 60, 180),
            PlatformTarget.DOUYIN, pixels(250, 460, 60, 180));

    private static SafeZones pixels(int top, int bottom, int left, int right) {
        return new SafeZones(top / HEIGHT, bottom / HEIGHT, left / WIDTH, right / WIDTH);
    }
}
