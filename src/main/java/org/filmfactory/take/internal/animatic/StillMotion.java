package org.filmfactory.take.internal.animatic;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import org.filmfactory.platform.FramePainter;
import org.filmfactory.take.ShotBrief;

/**
 * Turns one picture into a moving shot: the picture is scaled to cover a stage a little larger than the frame and the
 * shot's camera move (pan, tilt, dolly, tracking, crane, zoom, handheld; see {@link CameraPath}) travels over it for
 * the shot's duration. For image backends, whose {@link org.filmfactory.take.GeneratedMedia.Still} results become
 * clips this way: hand the painter and {@link #frameCount()} to
 * {@link org.filmfactory.platform.VideoEncoder#encode}.
 *
 * <p>Deterministic: the same picture, brief and seed give the same frames (handheld shake is seeded). The picture is
 * scaled once when the painter is made; frames are then one transformed copy each. One painter per shot; it keeps a
 * picture of ~1.4× the frame's pixels.
 */
public final class StillMotion implements FramePainter {

    private final int width;
    private final int height;
    private final int fps;
    private final int frames;
    private final BufferedImage stage;
    private final CameraPath camera;

    /**
     * @param still the picture, any size and aspect ratio (it is cropped to cover, centred)
     * @param brief the shot: its format, duration, camera move and seed
     */
    public StillMotion(BufferedImage still, ShotBrief brief) {
        var format = brief.format();
        this.width = format.width();
        this.height = format.height();
        this.fps = format.fps();
        this.frames = AnimaticPainter.frameCount(brief);
        int stageWidth = (int) Math.round(width * CameraPath.STAGE);
        int stageHeight = (int) Math.round(height * CameraPath.STAGE);
        this.stage = new BufferedImage(stageWidth, stageHeight, BufferedImage.TYPE_INT_RGB);
        double scale = Math.max(stageWidth / (double) still.getWidth(), stageHeight / (double) still.getHeight());
        double drawnWidth = still.getWidth() * scale;
        double drawnHeight = still.getHeight() * scale;
        var g = stage.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setColor(Color.BLACK);
        g.fillRect(0, 0, stageWidth, stageHeight);
        g.drawImage(still, (int) Math.round((stageWidth - drawnWidth) / 2),
                (int) Math.round((stageHeight - drawnHeight) / 2), (int) Math.round(drawnWidth),
                (int) Math.round(drawnHeight), null);
        g.dispose();
        long seed = brief.seed() * 0x9e3779b97f4a7c15L + brief.sceneNumber() * 1000L + brief.shotNumber();
        // Push-ins go toward the upper middle, where the subject of a portrait picture usually is.
        this.camera = new CameraPath(brief.move(), seed, width, height, stageWidth / 2.0, stageHeight * 0.42);
    }

    /** Frames of the shot's duration at its frame rate, at least one. */
    public int frameCount() {
        return frames;
    }

    @Override
    public void paint(Graphics2D g, int frame) {
        var saved = g.getTransform();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        double progress = frames > 1 ? frame / (double) (frames - 1) : 0;
        g.drawImage(stage, camera.at(progress, frame / (double) fps).transform(width, height), null);
        g.setTransform(saved);
    }
}
