package org.filmfactory.platform;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Single pictures from clips and for clips: the exact frame of a video, posters and thumbnails, JPEG and PNG files.
 * Usable without Spring ({@code new Stills()}); the studio also has one as a bean. Thread-safe and stateless.
 * Files are written to a temporary name in the target's folder and moved into place when complete.
 */
public final class Stills {

    /** Thumbnails fit in this box (a quarter of 1080×1920). */
    public static final int THUMBNAIL_WIDTH = 270;
    public static final int THUMBNAIL_HEIGHT = 480;

    /**
     * Decodes frame {@code frame} (0-based, in presentation order) of a video exactly: seeks to the key frame before it
     * and decodes forward.
     *
     * @return a new TYPE_3BYTE_BGR image of the video's size
     * @throws IOException when the file cannot be decoded or has no such frame
     */
    public BufferedImage frameAt(Path video, long frame) throws IOException {
        throw new UnsupportedOperationException("not yet");
    }

    /** Writes a baseline JPEG; {@code quality} 0…1 (0.9 for posters, 0.85 for thumbnails). */
    public void writeJpeg(BufferedImage image, Path target, float quality) throws IOException {
        throw new UnsupportedOperationException("not yet");
    }

    /** Writes a PNG (lossless; contact sheets, tests). */
    public void writePng(BufferedImage image, Path target) throws IOException {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * The image scaled down, keeping its aspect ratio, to fit {@code maxWidth}×{@code maxHeight}, with good quality
     * (stepwise halving then bicubic). An image that already fits is returned as it is (not copied).
     */
    public BufferedImage scaleToFit(BufferedImage image, int maxWidth, int maxHeight) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The video's middle frame, full size, as a JPEG at {@code targetJpeg}; returns {@code targetJpeg}. */
    public Path poster(Path video, Path targetJpeg) throws IOException {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * The video's middle frame scaled to fit {@value #THUMBNAIL_WIDTH}×{@value #THUMBNAIL_HEIGHT}, as a JPEG at
     * {@code targetJpeg}; returns {@code targetJpeg}.
     */
    public Path thumbnail(Path video, Path targetJpeg) throws IOException {
        throw new UnsupportedOperationException("not yet");
    }

    /** A picture scaled to fit {@value #THUMBNAIL_WIDTH}×{@value #THUMBNAIL_HEIGHT}, as a JPEG; returns the target. */
    public Path thumbnail(BufferedImage picture, Path targetJpeg) throws IOException {
        throw new UnsupportedOperationException("not yet");
    }
}
