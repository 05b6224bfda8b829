package org.filmfactory.render.internal.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cover rule on pictures whose figures are known: black, a fade, a plain slate, a picture with detail. */
class CoverChoiceTest {

    private static BufferedImage plain(int grey) {
        var image = new BufferedImage(90, 160, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(grey, grey, grey));
        g.fillRect(0, 0, 90, 160);
        g.dispose();
        return image;
    }

    /** Vertical stripes of {@code width} pixels, alternating {@code low} and {@code high} grey. */
    private static BufferedImage stripes(int width, int low, int high) {
        var image = new BufferedImage(90, 160, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 90; x++) {
            int grey = (x / width) % 2 == 0 ? low : high;
            for (int y = 0; y < 160; y++) {
                image.setRGB(x, y, new Color(grey, grey, grey).getRGB());
            }
        }
        return image;
    }

    @Test
    void measuresLumaContrastAndDetail() {
        var black = CoverChoice.measure(0, plain(0));
        var stripes = CoverChoice.measure(7, stripes(1, 50, 150));

        assertThat(black).isEqualTo(new CoverChoice.Candidate(0, 0, 0, 0));
        assertThat(stripes.frame()).isEqualTo(7);
        assertThat(stripes.meanLuma()).isCloseTo(100, within(0.01));
        assertThat(stripes.contrast()).isCloseTo(50, within(0.01));
        // Half the neighbour steps (to the right) are 100, the other half (downward) 0.
        assertThat(stripes.detail()).isCloseTo(50, within(0.6));
    }

    @Test
    void neverChoosesADarkOrFlatFrameWhenThereIsAnother() {
        var black = CoverChoice.measure(0, plain(0));
        var fade = CoverChoice.measure(30, stripes(1, 0, 40));
        var slate = CoverChoice.measure(60, plain(200));
        var coarse = CoverChoice.measure(90, stripes(10, 60, 160));
        var fine = CoverChoice.measure(120, stripes(2, 60, 160));

        assertThat(fade.usable()).isFalse();
        assertThat(slate.usable()).isFalse();
        assertThat(CoverChoice.choose(List.of(black, fade, slate, coarse, fine))).isEqualTo(fine);
        assertThat(CoverChoice.choose(List.of(black, fade, slate, coarse))).isEqualTo(coarse);
        // Only dark and flat ones: the best of them all the same.
        assertThat(CoverChoice.choose(List.of(black, slate, fade))).isEqualTo(fade);
    }

    @Test
    void fillsTheCoverByCroppingAroundTheCentre() {
        var picture = stripes(45, 0, 255);

        var cover = CoverChoice.fill(picture, 60, 60);

        assertThat(List.of(cover.getWidth(), cover.getHeight())).containsExactly(60, 60);
        // A 90×160 picture cropped to 90×90 keeps both halves: dark left, light right.
        assertThat(new Color(cover.getRGB(5, 30)).getRed()).isEqualTo(0);
        assertThat(new Color(cover.getRGB(55, 30)).getRed()).isEqualTo(255);
    }
}
