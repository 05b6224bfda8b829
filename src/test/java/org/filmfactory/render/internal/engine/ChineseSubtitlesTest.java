package org.filmfactory.render.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.filmfactory.cut.Card;
import org.filmfactory.cut.Transition;
import org.filmfactory.platform.EncoderSettings;
import org.filmfactory.render.FilmEngine;
import org.filmfactory.render.Preset;
import org.filmfactory.render.RenderListener;
import org.filmfactory.render.RenderPlan;
import org.filmfactory.render.SegmentCache;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Chinese line burned into a film has its glyphs drawn, not the missing-glyph boxes ("tofu") a font without Chinese
 * gives. The frame is taken out of the MP4 as a PNG by the {@code ffmpeg} inside JavaCV's jar; the subtitle's box is
 * compared with two references drawn independently with Java2D at the same place and size: the line in the bundled
 * Noto Sans SC, and the same line in Courier Prime (bundled too, Latin only, so every Chinese character is its
 * missing glyph). The metric is the mean absolute difference of luma (BT.709, 0-255) over the subtitle box.
 */
class ChineseSubtitlesTest {

    private static final Logger LOG = LoggerFactory.getLogger(ChineseSubtitlesTest.class);
    static final String LINE = "今晚必须寄出这封信，雨停了。";
    static final Color BACKGROUND = new Color(90, 110, 130);

    @TempDir
    Path folder;

    @Test
    void chineseSubtitleGlyphsAreDrawnNotMissingGlyphBoxes() throws IOException, FontFormatException {
        var preset = Preset.PREVIEW;
        var plan = new RenderPlan(preset, Locale.forLanguageTag("zh-CN"), Card.NONE,
                List.of(FilmRenderingTest.clip("第1场 第1镜", FilmRenderingTest.painted("grey", BACKGROUND, preset), 0, 45,
                        Transition.CUT, 0)),
                Card.NONE, 45, 45, List.of(new RenderPlan.Cue(10, 40, LINE)), true,
                FilmRenderingTest.silence(45, preset));

        var film = new FilmEngine(EncoderSettings.DEFAULTS, 1)
                .render(plan, folder, "film", SegmentCache.NONE, RenderListener.NONE, () -> false);
        var decoded = frame(film.film(), 25);
        var before = frame(film.film(), 5);

        // Where and how large the film's subtitle is (only the geometry; the pictures below are drawn here).
        var pictures = new TextPictures(preset);
        var layout = pictures.layout(LINE);
        var placed = pictures.subtitle(LINE);
        var box = new java.awt.Rectangle(placed.x(), placed.y(), placed.image().getWidth(),
                placed.image().getHeight());
        var noto = font("/fonts/NotoSansSC-Regular.ttf").deriveFont(layout.font().getSize2D());
        var courier = font("/fonts/CourierPrime-Regular.ttf").deriveFont(layout.font().getSize2D());
        assertThat(noto.canDisplayUpTo(LINE)).isEqualTo(-1);
        assertThat(courier.canDisplayUpTo(LINE)).isZero();
        var drawn = reference(preset, box, layout.lines(), noto);
        var tofu = reference(preset, box, layout.lines(), courier);
        ImageIO.write(decoded.getSubimage(box.x, box.y, box.width, box.height), "png",
                folder.resolve("subtitle.png").toFile());

        double againstDrawn = difference(decoded, drawn, box);
        double againstTofu = difference(decoded, tofu, box);
        double againstNothing = difference(before, drawn, box);
        LOG.info("Chinese subtitle, mean luma difference over its box: {} against Noto Sans SC, {} against Courier"
                + " Prime's missing glyphs, {} without the subtitle; bright pixels {} (Noto: {}, tofu: {})",
                String.format("%.2f", againstDrawn), String.format("%.2f", againstTofu),
                String.format("%.2f", againstNothing), ink(decoded, box), ink(drawn, box), ink(tofu, box));
        // The film's box holds ink: without the subtitle (frame 5) it is far from the drawn line.
        assertThat(againstNothing).as("frame 5 against the drawn line").isGreaterThan(40);
        // It is the drawn glyphs: close to Noto's line (encoding loss only), several times closer than to tofu.
        assertThat(againstDrawn).as("against Noto Sans SC (tofu: %.2f)", againstTofu).isLessThan(6);
        assertThat(againstTofu).as("against Courier Prime's boxes (drawn: %.2f)", againstDrawn)
                .isGreaterThan(3 * againstDrawn);
        assertThat(ink(decoded, box)).as("bright pixels of the film's line")
                .isBetween(ink(drawn, box) * 8 / 10, ink(drawn, box) * 12 / 10);
    }

    /** Frame {@code index} of the film, taken out as a PNG by ffmpeg (BT.709, full range). */
    private BufferedImage frame(Path film, int index) throws IOException {
        var png = folder.resolve("frame-" + index + ".png");
        var process = new ProcessBuilder(FilmProbe.ffmpeg(), "-v", "error", "-y", "-i", film.toString(), "-vf",
                "select=eq(n\\," + index + "),scale=in_color_matrix=bt709:in_range=tv:out_range=pc,format=rgb24",
                "-frames:v", "1", png.toString()).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes());
        try {
            assertThat(process.waitFor()).as(output).isZero();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        assertThat(png).exists();
        return ImageIO.read(png.toFile());
    }

    /** The picture's background with a dark rounded box over {@code box} and the lines centred in it, in white. */
    private static BufferedImage reference(Preset preset, java.awt.Rectangle box, List<String> lines, Font font) {
        var image = new BufferedImage(preset.width(), preset.height(), BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(BACKGROUND);
            g.fillRect(0, 0, preset.width(), preset.height());
            g.setColor(new Color(0, 0, 0, 150));
            float arc = 16f * preset.width() / 1080;
            g.fill(new RoundRectangle2D.Float(box.x, box.y, box.width, box.height, arc, arc));
            g.setFont(font);
            var metrics = g.getFontMetrics();
            int lineHeight = metrics.getAscent() + metrics.getDescent();
            int y = box.y + (box.height - lineHeight * lines.size()) / 2 + metrics.getAscent();
            for (var line : lines) {
                var outline = font.createGlyphVector(g.getFontRenderContext(), line)
                        .getOutline(box.x + (box.width - metrics.stringWidth(line)) / 2f, y);
                g.setColor(new Color(0, 0, 0, 220));
                g.setStroke(new BasicStroke(Math.max(1f, 3f * preset.width() / 1080)));
                g.draw(outline);
                g.setColor(Color.WHITE);
                g.fill(outline);
                y += lineHeight;
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private static double difference(BufferedImage a, BufferedImage b, java.awt.Rectangle box) {
        double sum = 0;
        for (int y = box.y; y < box.y + box.height; y++) {
            for (int x = box.x; x < box.x + box.width; x++) {
                sum += Math.abs(luma(a.getRGB(x, y)) - luma(b.getRGB(x, y)));
            }
        }
        return sum / ((double) box.width * box.height);
    }

    /** Pixels of the box as bright as text (luma over 180). */
    private static int ink(BufferedImage image, java.awt.Rectangle box) {
        int count = 0;
        for (int y = box.y; y < box.y + box.height; y++) {
            for (int x = box.x; x < box.x + box.width; x++) {
                if (luma(image.getRGB(x, y)) > 180) {
                    count++;
                }
            }
        }
        return count;
    }

    private static double luma(int rgb) {
        return 0.2126 * (rgb >> 16 & 0xff) + 0.7152 * (rgb >> 8 & 0xff) + 0.0722 * (rgb & 0xff);
    }

    private static Font font(String resource) throws IOException, FontFormatException {
        try (var in = ChineseSubtitlesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return Font.createFont(Font.TRUETYPE_FONT, in);
        }
    }
}
