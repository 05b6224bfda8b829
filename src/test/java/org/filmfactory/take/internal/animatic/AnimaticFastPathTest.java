package org.filmfactory.take.internal.animatic;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.filmfactory.breakdown.BreakdownScene;
import org.filmfactory.breakdown.CameraMove;
import org.filmfactory.breakdown.ShotType;
import org.filmfactory.take.ShotBrief;
import org.junit.jupiter.api.Test;

/**
 * The painter's frames against a reference that composes every frame whole, layer over layer, with no shortcut
 * (what the painter did before it learnt to compose a still camera's picture once and to skip the clear parts of the
 * overlay): the same pixels, for still and moving cameras, at shot starts and ends, and on the frames where mouths
 * and eyes move, drawn into the film's BGR frames and into RGB layers.
 */
class AnimaticFastPathTest {

    private static final Duration LENGTH = Duration.ofSeconds(2);
    private static final List<String> TWO = List.of("老王", "林姐");

    @Test
    void aStillCameraPaintsTheSamePixelsAsComposingEveryFrameWhole() {
        var interior = BreakdownScene.Setting.INTERIOR;
        var shots = List.of(
                Shots.brief(ShotType.MEDIUM, CameraMove.STATIC, interior, "DAY", List.of("老王"), 3, LENGTH),
                Shots.brief(ShotType.TWO_SHOT, CameraMove.STATIC, BreakdownScene.Setting.EXTERIOR, "NIGHT", TWO, 4,
                        LENGTH),
                Shots.brief(ShotType.CLOSE_UP, CameraMove.STATIC, interior, "清晨", List.of("林姐"), 5, LENGTH),
                Shots.brief(ShotType.WIDE, CameraMove.STATIC, interior, "DAY", TWO, 6, LENGTH),
                Shots.brief(ShotType.OVER_THE_SHOULDER, CameraMove.STATIC, interior, "DAY", TWO, 7, LENGTH),
                Shots.brief(ShotType.INSERT, CameraMove.STATIC, interior, "DAY", List.of("老王"), 8, LENGTH));
        var movingFrames = 0;
        for (var brief : shots) {
            movingFrames += compare(brief, BufferedImage.TYPE_3BYTE_BGR, 20, true);
        }
        // the speaking shots' mouths open and eyes blink on some of the frames compared
        assertThat(movingFrames).isGreaterThan(10);
        compare(shots.get(1), BufferedImage.TYPE_INT_RGB, 20, true);
    }

    @Test
    void aMovingCameraPaintsTheSamePixelsAsComposingEveryFrameWhole() {
        var interior = BreakdownScene.Setting.INTERIOR;
        // a pan copies the set by whole pixels; a dolly resamples two layers; handheld turns the frame
        for (var move : List.of(CameraMove.PAN, CameraMove.DOLLY, CameraMove.HANDHELD)) {
            compare(Shots.brief(ShotType.MEDIUM, move, interior, "DAY", TWO, 9, LENGTH),
                    BufferedImage.TYPE_3BYTE_BGR, 30, false);
        }
    }

    /**
     * Compares the frames that matter of one shot (its ends, every {@code every}th frame and, when {@code moves}, the
     * frames where a mouth or eye starts or stops moving); answers how many of them had a moving mouth or eye.
     */
    private static int compare(ShotBrief brief, int imageType, int every, boolean moves) {
        var painter = new AnimaticPainter(brief);
        int last = painter.frameCount() - 1;
        var frames = new TreeSet<Integer>(List.of(0, 1, 2, last - 1, last));
        int moving = 0;
        var previous = false;
        for (int frame = 0; frame <= last; frame++) {
            var now = painter.moving(frame) != null;
            // where a mouth opens or closes or an eye blinks, and every few frames besides
            if (now != previous && moves || frame % every == 0) {
                frames.add(frame);
                frames.add(Math.max(0, frame - 1));
            }
            previous = now;
        }
        // the painter is asked for frames in order, as the encoder does, with the frames between left out
        for (int frame : frames) {
            var fast = blank(imageType);
            var g = graphics(fast);
            painter.paint(g, frame);
            g.dispose();
            var reference = blank(imageType);
            var r = graphics(reference);
            straight(painter, r, frame);
            r.dispose();
            assertThat(differingPixels(fast, reference))
                    .as("%s/%s frame %d of %d", brief.type(), brief.move(), frame, last + 1).isZero();
            if (painter.moving(frame) != null) {
                moving++;
            }
        }
        return moving;
    }

    /** The frame composed whole, every layer every time: how the painter drew before it took shortcuts. */
    private static void straight(AnimaticPainter painter, Graphics2D g, int frame) {
        var saved = g.getTransform();
        var hints = g.getRenderingHints();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        var view = painter.view(frame);
        var front = view.transform(1080, 1920);
        g.setComposite(AlphaComposite.Src);
        g.setColor(Color.BLACK);
        g.fillRect(0, 0, 1080, 1920);
        g.setComposite(AlphaComposite.SrcOver);
        g.drawImage(painter.background(), painter.camera().parallax(view).transform(1080, 1920), null);
        if (painter.foreground() != null) {
            g.drawImage(painter.foreground(), front, null);
        }
        g.transform(front);
        painter.paintFaces(g, frame);
        g.setTransform(saved);
        g.drawImage(painter.overlay(), 0, 0, null);
        painter.timecode(g, frame);
        g.setRenderingHints(hints);
    }

    /** A frame as the encoder hands it to a painter: cleared to black, antialiasing on. */
    private static BufferedImage blank(int imageType) {
        return new BufferedImage(1080, 1920, imageType);
    }

    private static Graphics2D graphics(BufferedImage image) {
        var g = image.createGraphics();
        g.setBackground(Color.BLACK);
        g.clearRect(0, 0, image.getWidth(), image.getHeight());
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        return g;
    }

    /** How many samples (bytes of BGR, or whole RGB pixels) differ. */
    private static long differingPixels(BufferedImage a, BufferedImage b) {
        if (a.getRaster().getDataBuffer() instanceof DataBufferByte left) {
            var right = ((DataBufferByte) b.getRaster().getDataBuffer()).getData();
            return differing(left.getData(), right);
        }
        var left = ((DataBufferInt) a.getRaster().getDataBuffer()).getData();
        var right = ((DataBufferInt) b.getRaster().getDataBuffer()).getData();
        long differing = 0;
        for (int at = Arrays.mismatch(left, right); at >= 0 && at < left.length; ) {
            differing++;
            int next = Arrays.mismatch(left, at + 1, left.length, right, at + 1, right.length);
            at = next < 0 ? -1 : at + 1 + next;
        }
        return differing;
    }

    private static long differing(byte[] left, byte[] right) {
        long differing = 0;
        for (int at = Arrays.mismatch(left, right); at >= 0 && at < left.length; ) {
            differing++;
            int next = Arrays.mismatch(left, at + 1, left.length, right, at + 1, right.length);
            at = next < 0 ? -1 : at + 1 + next;
        }
        return differing;
    }
}
