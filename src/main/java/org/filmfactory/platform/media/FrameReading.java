package org.filmfactory.platform.media;

import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_BGR24;
import static org.bytedeco.ffmpeg.global.swscale.SWS_BILINEAR;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.ByteBuffer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;
import org.jspecify.annotations.Nullable;

/**
 * The work behind {@link org.filmfactory.platform.VideoFrames}: one video decoded forward, frames scaled by FFmpeg
 * (swscale is several times faster than Java2D) to fit a box, handed out by time. Not thread-safe.
 */
public final class FrameReading implements AutoCloseable {

    /** A frame this close past the asked time still counts as "at" it (timestamps are rounded to the time base). */
    private static final long TOLERANCE_MICROS = 1_000;

    private final Path file;
    private final FFmpegFrameGrabber grabber;
    private @Nullable BufferedImage image;
    private final long lengthMicros;
    private final long frameMicros;
    private final int width;
    private final int height;
    private @Nullable BufferedImage current;
    private long currentMicros;
    private @Nullable Frame pending;
    private boolean ended;

    private FrameReading(Path file, FFmpegFrameGrabber grabber, long lengthMicros, long frameMicros, int width,
            int height) {
        this.file = file;
        this.grabber = grabber;
        this.lengthMicros = lengthMicros;
        this.frameMicros = frameMicros;
        this.width = width;
        this.height = height;
    }

    /**
     * Opens {@code file}, scaling its frames to fit {@code boxWidth × boxHeight} keeping the aspect ratio (even
     * sizes), and positions it at {@code fromMicros}.
     *
     * @throws IOException when the file is missing, not a video or cannot be decoded
     */
    public static FrameReading open(Path file, int boxWidth, int boxHeight, long fromMicros) throws IOException {
        FfmpegNatives.load();
        if (!Files.isRegularFile(file) || Files.size(file) == 0) {
            throw new IOException(file.getFileName() + " is missing or empty");
        }
        var grabber = new FFmpegFrameGrabber(file.toFile());
        try {
            grabber.start();
            if (!grabber.hasVideo() || grabber.getImageWidth() <= 0 || grabber.getVideoFrameRate() <= 0) {
                throw new IOException(file.getFileName() + " has no video");
            }
            var scale = Math.min((double) boxWidth / grabber.getImageWidth(),
                    (double) boxHeight / grabber.getImageHeight());
            var width = Math.max(2, (int) Math.round(grabber.getImageWidth() * scale / 2) * 2);
            var height = Math.max(2, (int) Math.round(grabber.getImageHeight() * scale / 2) * 2);
            var length = grabber.getLengthInTime();
            var frameMicros = Math.round(1_000_000 / grabber.getVideoFrameRate());
            grabber.stop();
            grabber.setImageWidth(width);
            grabber.setImageHeight(height);
            grabber.setPixelFormat(AV_PIX_FMT_BGR24);
            grabber.setImageScalingFlags(SWS_BILINEAR);
            grabber.start();
            var reading = new FrameReading(file, grabber, length, frameMicros, width, height);
            if (fromMicros > frameMicros) {
                grabber.setVideoTimestamp(fromMicros - frameMicros / 2);
            }
            return reading;
        } catch (FrameGrabber.Exception e) {
            closeQuietly(grabber);
            throw new IOException("cannot decode " + file.getFileName() + ": " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            closeQuietly(grabber);
            throw e;
        }
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /**
     * The frame showing at {@code micros}: the last one whose timestamp is not after it (the first frame before the
     * first timestamp, the last after the end). The image is reused by the next call.
     *
     * @throws IOException when the video ends (or breaks) well before its declared length: a truncated file
     */
    public BufferedImage at(long micros) throws IOException {
        try {
            while (true) {
                if (pending == null && !ended) {
                    pending = grabber.grabImage();
                    if (pending == null) {
                        ended = true;
                    }
                }
                if (pending != null && (current == null || pending.timestamp <= micros + TOLERANCE_MICROS)) {
                    current = copy(pending);
                    currentMicros = pending.timestamp;
                    pending = null;
                    continue;
                }
                break;
            }
        } catch (FrameGrabber.Exception e) {
            throw new IOException("cannot decode " + file.getFileName() + ": " + e.getMessage(), e);
        }
        if (current == null) {
            throw new IOException(file.getFileName() + " has no frames");
        }
        if (ended && currentMicros + 2 * frameMicros < Math.min(micros, lengthMicros - frameMicros)) {
            throw new IOException(file.getFileName() + " ends at " + currentMicros + " µs of " + lengthMicros
                    + ": truncated");
        }
        return current;
    }

    /**
     * The frame's BGR rows copied into this reader's image (FFmpeg pads its rows; Java2DFrameConverter asserts that
     * they are not padded).
     */
    private BufferedImage copy(Frame frame) {
        if (image == null || image.getWidth() != frame.imageWidth || image.getHeight() != frame.imageHeight) {
            image = new BufferedImage(frame.imageWidth, frame.imageHeight, BufferedImage.TYPE_3BYTE_BGR);
        }
        var pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        var source = (ByteBuffer) frame.image[0];
        var row = frame.imageWidth * 3;
        var stride = frame.imageStride * Math.max(1, Math.abs(frame.imageDepth) / 8);
        for (var y = 0; y < frame.imageHeight; y++) {
            source.get(y * stride, pixels, y * row, row);
        }
        return image;
    }

    @Override
    public void close() {
        closeQuietly(grabber);
    }

    private static void closeQuietly(FFmpegFrameGrabber grabber) {
        try {
            grabber.close();
        } catch (FrameGrabber.Exception e) {
            // nothing more to release
        }
    }
}
