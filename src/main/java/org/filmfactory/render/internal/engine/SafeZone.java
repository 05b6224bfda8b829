package org.filmfactory.render.internal.engine;

import java.awt.Rectangle;
import org.filmfactory.render.Preset;

/**
 * Where text may go in the picture: the caption box clear of every platform's overlay on a vertical 1080×1920 film,
 * x 120–888 and y 288–1248 (STACK-NOTES: YouTube vertical ads and Meta Reels' published zones), scaled to the other
 * presets in proportion to the picture. Subtitles sit in the lower part of the box, cards in the middle of it.
 */
record SafeZone(int left, int top, int right, int bottom, double scale) {

    static final int VERTICAL_WIDTH = 1080;
    static final int VERTICAL_HEIGHT = 1920;

    static SafeZone of(Preset preset) {
        var x = preset.width() / (double) VERTICAL_WIDTH;
        var y = preset.height() / (double) VERTICAL_HEIGHT;
        return new SafeZone((int) Math.ceil(120 * x), (int) Math.ceil(288 * y), (int) Math.floor(888 * x),
                (int) Math.floor(1248 * y), Math.min(preset.width(), preset.height()) / (double) VERTICAL_WIDTH);
    }

    int width() {
        return right - left;
    }

    int height() {
        return bottom - top;
    }

    Rectangle box() {
        return new Rectangle(left, top, width(), height());
    }
}
