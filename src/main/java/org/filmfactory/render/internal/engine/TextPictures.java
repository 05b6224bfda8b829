package org.filmfactory.render.internal.engine;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.filmfactory.cut.Card;
import org.filmfactory.platform.StudioFont;
import org.filmfactory.render.Preset;

/**
 * The text a film shows, drawn once into images that every frame then copies: a subtitle (white on a dark rounded box
 * with a thin outline, at most two lines, in the lower part of the safe zone), a title or end card (its colours, the
 * text centred and wrapped inside the safe zone) and a slate (black with the text). Sizes are for 1080 pixels across
 * the picture's shorter side and scale with it.
 */
final class TextPictures {

    /** Subtitle sizes tried in turn until the cue fits in two lines; the last one ellipsizes. */
    static final int[] SUBTITLE_SIZES = {54, 48, 42};
    static final int CARD_SIZE = 72;
    static final int SLATE_SIZE = 48;
    /** Room between the subtitle box's bottom and the safe zone's. */
    static final int SUBTITLE_MARGIN = 24;
    static final int PADDING_X = 24;
    static final int PADDING_Y = 12;
    private static final Color BOX = new Color(0, 0, 0, 150);
    private static final Color OUTLINE = new Color(0, 0, 0, 220);

    private final Preset preset;
    private final SafeZone zone;

    TextPictures(Preset preset) {
        this.preset = preset;
        this.zone = SafeZone.of(preset);
    }

    SafeZone zone() {
        return zone;
    }

    /** A subtitle placed on the film: its image and where its top left corner goes. */
    record Overlay(BufferedImage image, int x, int y) {
    }

    /** The cue's lines at the first size that fits two lines (ellipsized at the smallest). */
    Subtitle layout(String text) {
        var maxWidth = zone.width() - 2 * scaled(PADDING_X);
        for (var size : SUBTITLE_SIZES) {
            var font = StudioFont.sized(scaled(size));
            var metrics = metrics(font);
            var lines = LineBreaking.twoLines(text, metrics::stringWidth, maxWidth);
            if (!lines.isEmpty()) {
                return new Subtitle(font, lines);
            }
        }
        var font = StudioFont.sized(scaled(SUBTITLE_SIZES[SUBTITLE_SIZES.length - 1]));
        return new Subtitle(font, LineBreaking.ellipsized(text, metrics(font)::stringWidth, maxWidth));
    }

    record Subtitle(Font font, List<String> lines) {
    }

    /** The subtitle drawn on a transparent image, placed bottom-centre in the safe zone. */
    Overlay subtitle(String text) {
        var layout = layout(text);
        var metrics = metrics(layout.font());
        var lineHeight = metrics.getAscent() + metrics.getDescent();
        var textWidth = layout.lines().stream().mapToInt(metrics::stringWidth).max().orElse(0);
        var padX = scaled(PADDING_X);
        var padY = scaled(PADDING_Y);
        var width = Math.min(zone.width(), textWidth + 2 * padX);
        var height = lineHeight * layout.lines().size() + 2 * padY;
        var image = new BufferedImage(Math.max(1, width), Math.max(1, height), BufferedImage.TYPE_INT_ARGB);
        var g = image.createGraphics();
        try {
            smooth(g);
            g.setColor(BOX);
            var arc = scaled(16);
            g.fill(new RoundRectangle2D.Float(0, 0, width, height, arc, arc));
            g.setFont(layout.font());
            var stroke = new BasicStroke(Math.max(1f, (float) (3 * zone.scale())), BasicStroke.CAP_ROUND,
                    BasicStroke.JOIN_ROUND);
            var y = padY + metrics.getAscent();
            for (var line : layout.lines()) {
                var x = (width - metrics.stringWidth(line)) / 2;
                var outline = layout.font().createGlyphVector(g.getFontRenderContext(), line).getOutline(x, y);
                g.setColor(OUTLINE);
                g.setStroke(stroke);
                g.draw(outline);
                g.setColor(Color.WHITE);
                g.fill(outline);
                y += lineHeight;
            }
        } finally {
            g.dispose();
        }
        var x = zone.left() + (zone.width() - width) / 2;
        var y = zone.bottom() - scaled(SUBTITLE_MARGIN) - height;
        return new Overlay(image, x, y);
    }

    /** A card as a whole picture: its background, the text centred in the safe zone. */
    BufferedImage card(Card card) {
        var image = picture();
        var g = image.createGraphics();
        try {
            smooth(g);
            g.setColor(Color.decode(card.background()));
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setColor(Color.decode(card.foreground()));
            centred(g, card.text(), CARD_SIZE);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** A slate: black with the text centred. */
    BufferedImage slate(String text) {
        var image = picture();
        var g = image.createGraphics();
        try {
            smooth(g);
            g.setColor(Color.BLACK);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setColor(new Color(0xdd, 0xdd, 0xdd));
            centred(g, text, SLATE_SIZE);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Wrapped lines centred in the safe zone, shrinking the font until they fit its height. */
    private void centred(Graphics2D g, String text, int size) {
        var font = StudioFont.sized(scaled(size));
        var lines = LineBreaking.wrap(text, metrics(font)::stringWidth, zone.width());
        var metrics = metrics(font);
        while (lines.size() * (metrics.getAscent() + metrics.getDescent()) > zone.height() && font.getSize2D() > 12) {
            font = font.deriveFont(font.getSize2D() * 0.85f);
            metrics = metrics(font);
            lines = LineBreaking.wrap(text, metrics::stringWidth, zone.width());
        }
        g.setFont(font);
        var lineHeight = metrics.getAscent() + metrics.getDescent();
        var y = zone.top() + (zone.height() - lineHeight * lines.size()) / 2 + metrics.getAscent();
        for (var line : lines) {
            g.drawString(line, zone.left() + (zone.width() - metrics.stringWidth(line)) / 2, y);
            y += lineHeight;
        }
    }

    private BufferedImage picture() {
        return new BufferedImage(preset.width(), preset.height(), BufferedImage.TYPE_3BYTE_BGR);
    }

    private int scaled(int pixels) {
        return Math.max(1, (int) Math.round(pixels * zone.scale()));
    }

    private static void smooth(Graphics2D g) {
        g.setComposite(AlphaComposite.SrcOver);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    }

    /** Metrics without a screen: antialiased, fractional, as the drawing uses. */
    private static FontMetrics metrics(Font font) {
        var scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        var g = scratch.createGraphics();
        try {
            smooth(g);
            return g.getFontMetrics(font);
        } finally {
            g.dispose();
        }
    }
}
