package org.filmfactory.platform.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The BT.709 conversion keeps the bands of rows that did not change since its last picture: the result must be byte
 * for byte what a fresh conversion of the whole picture gives, whichever rows changed.
 */
class Bt709ConversionTest {

    @Test
    void aPictureThatChangedInAFewRowsConvertsAsIfConvertedWhole() {
        // a height that is no multiple of the band, so that the last band is shorter
        for (var size : new int[][] {{1080, 1920}, {96, 40}}) {
            int width = size[0];
            int height = size[1];
            var first = picture(width, height, 1);
            var second = copy(first);
            var g = second.createGraphics();
            g.setColor(new Color(0x3fa7d6));
            // rows across a band's edge, one lone row, and the last row
            g.fillRect(width / 4, 15, width / 3, 3);
            g.fillRect(0, height / 2 + 1, width, 1);
            g.setColor(new Color(0xe4572e));
            g.fillRect(width - 7, height - 1, 5, 1);
            g.dispose();
            var third = picture(width, height, 2);
            try (var kept = new Bt709Conversion(width, height)) {
                kept.convert(first);
                assertThat(bytes(kept)).as("first picture %dx%d", width, height).isEqualTo(whole(first));
                kept.convert(second);
                assertThat(bytes(kept)).as("a few rows changed %dx%d", width, height).isEqualTo(whole(second));
                kept.convert(third);
                assertThat(bytes(kept)).as("every row changed %dx%d", width, height).isEqualTo(whole(third));
                kept.convert(third);
                assertThat(bytes(kept)).as("nothing changed %dx%d", width, height).isEqualTo(whole(third));
                kept.convert(second);
                assertThat(bytes(kept)).as("back %dx%d", width, height).isEqualTo(whole(second));
            }
        }
    }

    private static byte[] whole(BufferedImage image) {
        try (var fresh = new Bt709Conversion(image.getWidth(), image.getHeight())) {
            fresh.convert(image);
            return bytes(fresh);
        }
    }

    private static byte[] bytes(Bt709Conversion conversion) {
        var picture = conversion.picture();
        var bytes = new byte[picture.remaining()];
        picture.get(bytes);
        return bytes;
    }

    /** Smooth gradients with seeded noise: every row and column different. */
    private static BufferedImage picture(int width, int height, long seed) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        var random = new SplittableRandom(seed);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int r = (x * 255 / width + random.nextInt(9)) & 0xff;
                int gr = (y * 255 / height + random.nextInt(9)) & 0xff;
                int b = ((x + y) * 97 + random.nextInt(9)) & 0xff;
                image.setRGB(x, y, r << 16 | gr << 8 | b);
            }
        }
        return image;
    }

    private static BufferedImage copy(BufferedImage image) {
        var copy = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        var from = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        var to = ((DataBufferByte) copy.getRaster().getDataBuffer()).getData();
        System.arraycopy(from, 0, to, 0, from.length);
        return copy;
    }
}
