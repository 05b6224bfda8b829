package org.filmfactory.platform.media;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;
import org.bytedeco.javacv.Java2DFrameConverter;

/** Frame-exact decoding for {@link org.filmfactory.platform.Stills}. */
public final class FrameDecoding {

    private FrameDecoding() {
    }

    /** The number of video frames the container declares (exact for the studio's MP4s). */
    public static long frameCount(Path video) throws IOException {
        FfmpegNatives.load();
        try (var grabber = new FFmpegFrameGrabber(video.toFile())) {
            grabber.start();
            requireVideo(grabber, video);
            return grabber.getLengthInVideoFrames();
        } catch (FrameGrabber.Exception e) {
            throw new IOException("cannot read " + video.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Frame {@code number} (0-based, presentation order): seeks to just before it (FFmpeg lands on the key frame
     * before) and decodes forward until the frame whose timestamp is {@code number}; if the seek overshoots, decodes
     * from the start.
     */
    public static BufferedImage frameAt(Path video, long number) throws IOException {
        FfmpegNatives.load();
        try (var grabber = new FFmpegFrameGrabber(video.toFile()); var converter = new Java2DFrameConverter()) {
            grabber.start();
            requireVideo(grabber, video);
            var fps = grabber.getVideoFrameRate();
            var frames = grabber.getLengthInVideoFrames();
            if (number < 0 || number >= frames) {
                throw new IOException(video.getFileName() + " has frames 0.." + (frames - 1) + ", not " + number);
            }
            var wanted = microsOf(number, fps);
            if (number > 0) {
                grabber.setVideoTimestamp(wanted);
            }
            var found = grabUntil(grabber, number, fps);
            if (found == null && number > 0) {
                grabber.setVideoTimestamp(0);
                found = grabUntil(grabber, number, fps);
            }
            if (found == null) {
                throw new IOException("frame " + number + " of " + video.getFileName() + " does not decode");
            }
            return copy(converter.convert(found));
        } catch (FrameGrabber.Exception e) {
            throw new IOException("cannot decode " + video.getFileName() + ": " + e.getMessage(), e);
        }
    }

    private static Frame grabUntil(FFmpegFrameGrabber grabber, long number, double fps)
            throws FrameGrabber.Exception {
        Frame frame;
        while ((frame = grabber.grabImage()) != null) {
            var index = Math.round(frame.timestamp * fps / 1_000_000.0);
            if (index == number) {
                return frame;
            }
            if (index > number) {
                return null;
            }
        }
        return null;
    }

    private static long microsOf(long frame, double fps) {
        return Math.round(frame * 1_000_000.0 / fps);
    }

    private static void requireVideo(FFmpegFrameGrabber grabber, Path video) throws IOException {
        if (!grabber.hasVideo() || grabber.getImageWidth() <= 0 || grabber.getVideoFrameRate() <= 0) {
            throw new IOException(video.getFileName() + " has no video");
        }
    }

    /** The converter reuses its image; the caller gets one of its own. */
    private static BufferedImage copy(BufferedImage image) {
        var copy = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        var g = copy.createGraphics();
        try {
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return copy;
    }
}
