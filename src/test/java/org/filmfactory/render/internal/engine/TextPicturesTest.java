package org.filmfactory.render.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.filmfactory.platform.StudioFont;
import org.filmfactory.render.Preset;
import org.junit.jupiter.api.Test;

/** Subtitles drawn with the embedded CJK font. */
class TextPicturesTest {

    private final TextPictures pictures = new TextPictures(Preset.VERTICAL);

    @Test
    void chineseSubtitleDrawsGlyphsNotMissingGlyphBoxes() {
        // U+E000/U+E001 are private-use code points the font has no glyph for: both draw the same box
        var missing = pictures.subtitle("\uE000\uE001\uE000\uE001");
        var missingAgain = pictures.subtitle("\uE001\uE000\uE001\uE000");
        var chinese = pictures.subtitle("你好世界");
        var otherChinese = pictures.subtitle("天快黑了");

        assertThat(StudioFont.sized(54).canDisplayUpTo("你好世界，天快黑了。")).isEqualTo(-1);
        assertThat(same(missing.image(), missingAgain.image())).isTrue();
        assertThat(same(chinese.image(), missing.image())).isFalse();
        assertThat(same(chinese.image(), otherChinese.image())).isFalse();
    }

    @Test
    void subtitleSitsInTheLowerPartOfTheSafeZone() {
        var overlay = pictures.subtitle("她慢慢地倒茶，看着窗外的雨，一句话很长很长，长到需要两行才能放下。");

        assertThat(overlay.x()).isGreaterThanOrEqualTo(120);
        assertThat(overlay.x() + overlay.image().getWidth()).isLessThanOrEqualTo(888);
        assertThat(overlay.y()).isGreaterThanOrEqualTo(768);
        assertThat(overlay.y() + overlay.image().getHeight()).isLessThanOrEqualTo(1248);
        assertThat(pictures.layout("她慢慢地倒茶，看着窗外的雨，一句话很长很长，长到需要两行才能放下。").lines()).hasSize(2);
    }

    private static boolean same(BufferedImage a, BufferedImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return false;
        }
        for (var y = 0; y < a.getHeight(); y++) {
            for (var x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }
}
