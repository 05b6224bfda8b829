package org.filmfactory.take.internal.animatic;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.List;
import org.filmfactory.breakdown.BreakdownScene;
import org.filmfactory.breakdown.CameraMove;
import org.filmfactory.breakdown.ShotType;
import org.filmfactory.platform.StudioFont;
import org.filmfactory.take.ShotBrief;
import org.junit.jupiter.api.Test;

/** The animatic's pictures, measured on painted pixels (no encoding). */
class AnimaticPainterTest {

    @Test
    void closeUpFillsTheFrameWithTheFigureWhereAWideShotShowsItSmall() {
        var wide = figureShare(ShotType.WIDE);
        var medium = figureShare(ShotType.MEDIUM);
        var close = figureShare(ShotType.CLOSE_UP);
        var extreme = figureShare(ShotType.EXTREME_CLOSE_UP);
        // Share of the picture that changes when the character is there (the set alone is the reference).
        assertThat(wide).isBetween(0.01, 0.08);
        assertThat(medium).isGreaterThan(wide * 3);
        assertThat(close).isGreaterThan(medium).isGreaterThan(0.15);
        assertThat(extreme).isGreaterThan(close * 1.5);
    }

    @Test
    void overTheShoulderPutsTheListenerInTheLeftForegroundAndTheSpeakerRight() {
        var brief = Shots.brief(ShotType.OVER_THE_SHOULDER, "DAY", List.of("老王", "林姐"));
        var empty = Shots.brief(ShotType.OVER_THE_SHOULDER, "DAY", List.of());
        var figures = paint(brief, 0);
        var set = paint(empty, 0);
        // Changed pixels in the left and right thirds of the lower half: the shoulder is big and near.
        double left = changed(figures, set, 0, 360, 960, 1920);
        double right = changed(figures, set, 720, 1080, 960, 1920);
        assertThat(left).isGreaterThan(0.5);
        assertThat(right).isGreaterThan(0.3);
        var single = paint(Shots.brief(ShotType.MEDIUM, "DAY", List.of("老王")), 0);
        assertThat(changed(single, set, 0, 360, 960, 1920)).isLessThan(left / 2);
    }

    @Test
    void nightIsDarkerThanDayInsideAndOutside() {
        for (var setting : List.of(BreakdownScene.Setting.INTERIOR, BreakdownScene.Setting.EXTERIOR)) {
            double day = luminance(paint(Shots.brief(ShotType.WIDE, CameraMove.STATIC, setting, "DAY",
                    List.of("老王"), 1, Duration.ofSeconds(2)), 0));
            double night = luminance(paint(Shots.brief(ShotType.WIDE, CameraMove.STATIC, setting, "夜",
                    List.of("老王"), 1, Duration.ofSeconds(2)), 0));
            assertThat(night).as(setting.name()).isLessThan(day - 60);
            assertThat(day).as(setting.name()).isGreaterThan(120);
        }
    }

    @Test
    void chineseTimesOfDayAreUnderstood() {
        assertThat(Light.time("夜")).isEqualTo(Light.Time.NIGHT);
        assertThat(Light.time("日")).isEqualTo(Light.Time.DAY);
        assertThat(Light.time("清晨")).isEqualTo(Light.Time.DAWN);
        assertThat(Light.time("黄昏")).isEqualTo(Light.Time.DUSK);
        assertThat(Light.time("日落")).isEqualTo(Light.Time.DUSK);
        assertThat(Light.time("LATER - NIGHT")).isEqualTo(Light.Time.NIGHT);
        assertThat(Light.time("CONTINUOUS")).isEqualTo(Light.Time.DAY);
    }

    @Test
    void theSameSeedPaintsTheSameFramesAndAnotherSeedOthers() {
        var first = handheld(7);
        var again = handheld(7);
        var other = handheld(8);
        for (int frame : new int[] {0, 17, 44}) {
            assertThat(pixels(paint(again, frame))).as("frame " + frame).isEqualTo(pixels(paint(first, frame)));
            assertThat(pixels(paint(other, frame))).as("frame " + frame).isNotEqualTo(pixels(paint(first, frame)));
        }
    }

    @Test
    void theCameraMovesOverTheShot() {
        for (var move : List.of(CameraMove.PAN, CameraMove.TILT, CameraMove.DOLLY, CameraMove.ZOOM,
                CameraMove.CRANE, CameraMove.TRACKING, CameraMove.HANDHELD)) {
            var brief = Shots.brief(ShotType.WIDE, move, BreakdownScene.Setting.EXTERIOR, "DAY", List.of("老王"), 1,
                    Duration.ofSeconds(2));
            assertThat(changed(paint(brief, 0), paint(brief, 59), 0, 1080, 600, 1000)).as(move.name())
                    .isGreaterThan(0.05);
        }
        var still = Shots.brief(ShotType.WIDE, CameraMove.STATIC, BreakdownScene.Setting.EXTERIOR, "DAY",
                List.of(), 1, Duration.ofSeconds(2));
        assertThat(changed(paint(still, 0), paint(still, 59), 0, 1080, 600, 1000)).isZero();
    }

    @Test
    void aCharacterLooksTheSameInEveryShotAndDiffersFromTheNext() {
        assertThat(Look.of("老王", Shots.CAST)).isEqualTo(Look.of("老王", Shots.CAST));
        assertThat(Look.of("老王", Shots.CAST).coat()).isNotEqualTo(Look.of("林姐", Shots.CAST).coat());
        var a = Look.of("老王", Shots.CAST).coat();
        var b = Look.of("林姐", Shots.CAST).coat();
        float[] hsbA = Color.RGBtoHSB(a.getRed(), a.getGreen(), a.getBlue(), null);
        float[] hsbB = Color.RGBtoHSB(b.getRed(), b.getGreen(), b.getBlue(), null);
        double hueDistance = Math.min(Math.abs(hsbA[0] - hsbB[0]), 1 - Math.abs(hsbA[0] - hsbB[0]));
        assertThat(hueDistance).isGreaterThan(0.2);
    }

    @Test
    void theEmbeddedFontDrawsChineseCaptionsWhereALatinFontShowsMissingGlyphBoxes() throws Exception {
        var caption = "又是一个没人来的早晨。王师傅，还记得我吗？ Registered, tonight.";
        var embedded = StudioFont.sized(64);
        Font latin;
        try (var in = StudioFont.class.getResourceAsStream("/fonts/CourierPrime-Regular.ttf")) {
            latin = Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(64f);
        }
        assertThat(embedded.canDisplayUpTo(caption)).isEqualTo(-1);
        assertThat(latin.canDisplayUpTo(caption)).isZero();
        var frc = new FontRenderContext(null, true, true);
        int missing = embedded.getMissingGlyphCode();
        var glyphs = embedded.createGlyphVector(frc, caption);
        for (int i = 0; i < glyphs.getNumGlyphs(); i++) {
            assertThat(glyphs.getGlyphCode(i)).as("glyph " + i).isNotEqualTo(missing);
        }
        // Drawn: every Chinese character's shape differs from the box the Latin font draws for all of them.
        var box = draw(latin, "又");
        assertThat(draw(latin, "晨")).isEqualTo(box);
        for (var character : "又是一个没人来的早晨王师傅记得我吗".split("")) {
            var drawn = draw(embedded, character);
            assertThat(drawn).as(character).isNotEqualTo(box);
            assertThat(inked(drawn)).as(character).isGreaterThan(0.02);
        }
        assertThat(draw(embedded, "又")).isNotEqualTo(draw(embedded, "晨"));
    }

    @Test
    void longCaptionsWrapInsideTheSafeZoneAndEndWithAnEllipsis() {
        var font = StudioFont.sized(40);
        var frc = new FontRenderContext(null, true, true);
        var layouts = AnimaticPainter.wrap("雾气从茶壶里升起。".repeat(20), font, frc, 716, 4);
        assertThat(layouts).hasSize(4);
        for (var layout : layouts) {
            assertThat(layout.getAdvance()).isLessThanOrEqualTo(716f);
        }
    }

    private static ShotBrief handheld(long seed) {
        return Shots.brief(ShotType.MEDIUM, CameraMove.HANDHELD, BreakdownScene.Setting.INTERIOR, "NIGHT",
                List.of("老王", "林姐"), seed, Duration.ofSeconds(2));
    }

    private static double figureShare(ShotType type) {
        var with = paint(Shots.brief(type, "DAY", List.of("老王")), 0);
        var without = paint(Shots.brief(type, "DAY", List.of()), 0);
        // Above the caption, which only the shot with a speaker has.
        return changed(with, without, 0, 1080, 0, 1000);
    }

    static BufferedImage paint(ShotBrief brief, int frame) {
        var image = new BufferedImage(1080, 1920, BufferedImage.TYPE_3BYTE_BGR);
        var g = image.createGraphics();
        new AnimaticPainter(brief).paint(g, frame);
        g.dispose();
        return image;
    }

    static double changed(BufferedImage a, BufferedImage b, int x0, int x1, int y0, int y1) {
        int count = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                int d = Math.abs((p >> 16 & 0xff) - (q >> 16 & 0xff)) + Math.abs((p >> 8 & 0xff) - (q >> 8 & 0xff))
                        + Math.abs((p & 0xff) - (q & 0xff));
                if (d > 24) {
                    count++;
                }
            }
        }
        return count / (double) ((x1 - x0) * (y1 - y0));
    }

    static double luminance(BufferedImage image) {
        double sum = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int p = image.getRGB(x, y);
                sum += 0.2126 * (p >> 16 & 0xff) + 0.7152 * (p >> 8 & 0xff) + 0.0722 * (p & 0xff);
            }
        }
        return sum / ((image.getHeight() / 2) * (image.getWidth() / 2));
    }

    private static List<Integer> pixels(BufferedImage image) {
        var data = ((java.awt.image.DataBufferByte) image.getRaster().getDataBuffer()).getData();
        return java.util.Arrays.asList(java.util.stream.IntStream.range(0, data.length).map(i -> data[i])
                .boxed().toArray(Integer[]::new));
    }

    private static List<Integer> draw(Font font, String text) {
        var image = new BufferedImage(96, 96, BufferedImage.TYPE_BYTE_GRAY);
        var g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.setFont(font);
        g.drawString(text, 8, 72);
        g.dispose();
        var data = ((java.awt.image.DataBufferByte) image.getRaster().getDataBuffer()).getData();
        return java.util.Arrays.asList(java.util.stream.IntStream.range(0, data.length).map(i -> data[i] & 0xff)
                .boxed().toArray(Integer[]::new));
    }

    private static double inked(List<Integer> pixels) {
        return pixels.stream().filter(p -> p > 128).count() / (double) pixels.size();
    }

}
