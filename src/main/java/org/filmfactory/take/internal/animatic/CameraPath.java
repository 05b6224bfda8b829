package org.filmfactory.take.internal.animatic;

import java.awt.geom.AffineTransform;
import java.util.SplittableRandom;
import org.filmfactory.breakdown.CameraMove;

/**
 * A virtual camera over a painted stage larger than the frame: pan, tilt, dolly, tracking, crane and zoom as smooth
 * eased moves over the shot's length, handheld as seeded smooth noise (a few sines of seeded frequency and phase).
 * Pure: the same move, seed and size give the same transform for every frame.
 */
final class CameraPath {

    /** How much larger than the frame the stage is painted, on each axis. */
    static final double STAGE = 1.2;

    private final CameraMove move;
    private final double frameWidth;
    private final double frameHeight;
    private final double stageWidth;
    private final double stageHeight;
    private final double focusX;
    private final double focusY;
    private final int direction;
    private final double[] noise = new double[9];

    /**
     * @param focusX where a push-in ends up, in stage pixels (the speaker's face)
     * @param focusY likewise
     */
    CameraPath(CameraMove move, long seed, double frameWidth, double frameHeight, double focusX, double focusY) {
        this.move = move;
        this.frameWidth = frameWidth;
        this.frameHeight = frameHeight;
        this.stageWidth = frameWidth * STAGE;
        this.stageHeight = frameHeight * STAGE;
        this.focusX = focusX;
        this.focusY = focusY;
        var random = new SplittableRandom(seed ^ 0x5deece66dL);
        this.direction = random.nextBoolean() ? 1 : -1;
        for (int i = 0; i < noise.length; i += 3) {
            noise[i] = 0.25 + random.nextDouble() * 0.9;
            noise[i + 1] = random.nextDouble() * Math.PI * 2;
            noise[i + 2] = 0.5 + random.nextDouble() * 0.5;
        }
    }

    /** The camera at {@code progress} (0 at the first frame, 1 at the last), {@code seconds} into the shot. */
    Camera at(double progress, double seconds) {
        double t = ease(progress);
        double cx = stageWidth / 2;
        double cy = stageHeight / 2;
        double scale = 1;
        double rotation = 0;
        switch (move) {
            case STATIC -> {
            }
            case PAN -> cx += direction * (t - 0.5) * 0.16 * frameWidth;
            case TILT -> cy += direction * (t - 0.5) * 0.14 * frameHeight;
            case TRACKING -> {
                cx += direction * (t - 0.5) * 0.15 * frameWidth;
                scale = 1.03;
            }
            case DOLLY -> {
                scale = 1 + 0.16 * t;
                cx += (focusX - cx) * 0.5 * t;
                cy += (focusY - cy) * 0.4 * t;
            }
            case ZOOM -> {
                double z = progress * progress * (3 - 2 * progress);
                scale = 1 + 0.32 * z;
                cx += (focusX - cx) * 0.7 * z;
                cy += (focusY - cy) * 0.6 * z;
            }
            case CRANE -> {
                scale = 1.12 - 0.1 * t;
                cy += (0.5 - t) * 0.13 * frameHeight;
            }
            case HANDHELD -> {
                scale = 1.06;
                cx += wobble(seconds, 0) * 0.014 * frameWidth;
                cy += wobble(seconds, 3) * 0.011 * frameHeight;
                rotation = Math.toRadians(wobble(seconds, 6) * 0.6);
            }
        }
        // Keep the frame on the stage.
        double halfW = frameWidth / (2 * scale);
        double halfH = frameHeight / (2 * scale);
        cx = Math.max(halfW, Math.min(stageWidth - halfW, cx));
        cy = Math.max(halfH, Math.min(stageHeight - halfH, cy));
        if (scale == 1 && rotation == 0) {
            // Whole-pixel offsets: Java2D then copies the stage instead of resampling it (about 15 times faster),
            // and a pan of a few pixels a frame stays smooth.
            cx = frameWidth / 2 - Math.round(frameWidth / 2 - cx);
            cy = frameHeight / 2 - Math.round(frameHeight / 2 - cy);
        }
        return new Camera(cx, cy, scale, rotation);
    }

    /** Whether the camera stands still: every frame sees the stage the same way. */
    boolean still() {
        return move == CameraMove.STATIC;
    }

    /** A background layer follows the camera less than the figures do: parallax for moves that travel. */
    Camera parallax(Camera camera) {
        if (move != CameraMove.TRACKING && move != CameraMove.DOLLY && move != CameraMove.CRANE) {
            return camera;
        }
        double k = 0.55;
        return new Camera(stageWidth / 2 + (camera.x() - stageWidth / 2) * k,
                stageHeight / 2 + (camera.y() - stageHeight / 2) * k, 1 + (camera.scale() - 1) * k,
                camera.rotation());
    }

    /** Whether figures and set move apart (the camera travels) and must be painted as two layers. */
    boolean layered() {
        return move == CameraMove.TRACKING || move == CameraMove.DOLLY || move == CameraMove.CRANE;
    }

    private double wobble(double seconds, int at) {
        double sum = 0;
        double weight = 0;
        for (int i = 0; i < 3; i++) {
            int k = (at + i * 3) % noise.length;
            double frequency = noise[k] * (i + 1);
            sum += Math.sin(seconds * frequency * Math.PI * 2 + noise[k + 1]) * noise[k + 2] / (i + 1);
            weight += noise[k + 2] / (i + 1);
        }
        return sum / weight;
    }

    private static double ease(double t) {
        double x = Math.max(0, Math.min(1, t));
        return x * x * x * (x * (x * 6 - 15) + 10);
    }

    /** Where the camera looks (stage pixels), how close, and how tilted. */
    record Camera(double x, double y, double scale, double rotation) {

        /** The stage-to-frame transform for a frame of this size. */
        AffineTransform transform(double frameWidth, double frameHeight) {
            var transform = AffineTransform.getTranslateInstance(frameWidth / 2, frameHeight / 2);
            if (rotation != 0) {
                transform.rotate(rotation);
            }
            transform.scale(scale, scale);
            transform.translate(-x, -y);
            return transform;
        }
    }
}
