package org.filmfactory.platform;

import java.awt.AlphaComposite;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import org.filmfactory.platform.media.FrameDecoding;

/**
 * Single pictures from clips and for clips: the exact frame of a video, posters and thumbnails, JPEG and PNG files.
 * Usable without Spring ({@code new Stills()}); the studio also has one as a bean. Thread-safe and stateless.
 * Files are written to a temporary name in the target's folder and moved into place when complete.
 */
public final class Stills {

    /** Thumbnails fit in this box (a quarter of 1080×1920). */
    public static final int THUMBNAIL_WIDTH = 270;
    public static final int THUMBNAIL_HEIGHT = 480;

    private static final float POSTER_QUALITY = 0.9f;
    private static final float THUMBNAIL_QUALITY = 0.85f;

    /**
     * Decodes frame {@code frame} (0-based, in presentation order) of a video exactly: seeks to the key frame before it
     * and decodes forward.
     *
     * @return a new TYPE_3BYTE_BGR image of the video's size
     * @throws IOException when the file cannot be decoded or has no such frame
     */
    public BufferedImage frameAt(Path video, long frame) throws IOException {
        return FrameDecoding.frameAt(video, frame);
    }

    /** Writes a baseline JPEG; {@code quality} 0…1 (0.9 for posters, 0.85 for thumbnails). */
    public void writeJpeg(BufferedImage image, Path target, float quality) throws IOException {
        if (quality < 0 || quality > 1) {
            throw new IllegalArgumentException("JPEG quality is 0..1, not " + quality);
        }
        var opaque = withoutAlpha(image);
        writeAtomically(target, temp -> {
            var writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            try (var out = ImageIO.createImageOutputStream(temp.toFile())) {
                writer.setOutput(out);
                var param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(quality);
                writer.write(null, new IIOImage(opaque, null, null), param);
            } finally {
                writer.dispose();
            }
        });
    }

    /** Writes a PNG (lossless; contact sheets, tests). */
    public void writePng(BufferedImage image, Path target) throws IOException {
        writeAtomically(target, temp -> {
            if (!ImageIO.write(image, "png", temp.toFile())) {
                throw new IOException("no PNG writer for image type " + image.getType());
            }
        });
    }

    /**
     * The image scaled down, keeping its aspect ratio, to fit {@code maxWidth}×{@code maxHeight}, with good quality
     * (stepwise halving then bicubic). An image that already fits is returned as it is (not copied).
     */
    public BufferedImage scaleToFit(BufferedImage image, int maxWidth, int maxHeight) {
        if (maxWidth < 1 || maxHeight < 1) {
            throw new IllegalArgumentException("box " + maxWidth + "x" + maxHeight);
        }
        if (image.getWidth() <= maxWidth && image.getHeight() <= maxHeight) {
            return image;
        }
        var scale = Math.min((double) maxWidth / image.getWidth(), (double) maxHeight / image.getHeight());
        var width = Math.max(1, (int) Math.round(image.getWidth() * scale));
        var height = Math.max(1, (int) Math.round(image.getHeight() * scale));
        var current = image;
        // halving first keeps every source pixel in the average; one bicubic step from far away would alias
        while (current.getWidth() / 2 >= width && current.getHeight() / 2 >= height) {
            current = resized(current, current.getWidth() / 2, current.getHeight() / 2);
        }
        return resized(current, width, height);
    }

    /** The video's middle frame, full size, as a JPEG at {@code targetJpeg}; returns {@code targetJpeg}. */
    public Path poster(Path video, Path targetJpeg) throws IOException {
        writeJpeg(middleFrame(video), targetJpeg, POSTER_QUALITY);
        return targetJpeg;
    }

    /**
     * The video's middle frame scaled to fit {@value #THUMBNAIL_WIDTH}×{@value #THUMBNAIL_HEIGHT}, as a JPEG at
     * {@code targetJpeg}; returns {@code targetJpeg}.
     */
    public Path thumbnail(Path video, Path targetJpeg) throws IOException {
        return thumbnail(middleFrame(video), targetJpeg);
    }

    /** A picture scaled to fit {@value #THUMBNAIL_WIDTH}×{@value #THUMBNAIL_HEIGHT}, as a JPEG; returns the target. */
    public Path thumbnail(BufferedImage picture, Path targetJpeg) throws IOException {
        writeJpeg(scaleToFit(picture, THUMBNAIL_WIDTH, THUMBNAIL_HEIGHT), targetJpeg, THUMBNAIL_QUALITY);
        return targetJpeg;
    }

    private BufferedImage middleFrame(Path video) throws IOException {
        return frameAt(video, FrameDecoding.frameCount(video) / 2);
    }

    private static BufferedImage resized(BufferedImage image, int width, int height) {
        var type = image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        var out = new BufferedImage(width, height, type);
        var g = out.createGraphics();
        try {
            g.setComposite(AlphaComposite.Src);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** JPEG has no alpha (ImageIO writes a CMYK-looking mess for ARGB): flatten onto black. */
    private static BufferedImage withoutAlpha(BufferedImage image) {
        if (!image.getColorModel().hasAlpha()) {
            return image;
        }
        var out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        var g = out.createGraphics();
        try {
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static void writeAtomically(Path target, FileWrite write) throws IOException {
        var folder = target.toAbsolutePath().getParent();
        var temp = Files.createTempFile(folder, "." + target.getFileName() + ".", ".part");
        try {
            write.to(temp);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @FunctionalInterface
    private interface FileWrite {
        void to(Path temp) throws IOException;
    }
}
