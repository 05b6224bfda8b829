package org.filmfactory.platform;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.filmfactory.platform.media.FrameReading;

/**
 * A video read forward frame by frame, for drawing it into another picture (a film's clips): frames are scaled by
 * FFmpeg to fit a box keeping their aspect ratio, and asked for by time. Decoding goes forward only; asking for an
 * earlier time gives the current frame again. Not thread-safe: one reader per drawing thread; close it.
 */
public final class VideoFrames implements AutoCloseable {

    private final FrameReading reading;

    private VideoFrames(FrameReading reading) {
        this.reading = reading;
    }

    /**
     * Opens {@code video} positioned at {@code fromMicros}, its frames scaled to fit {@code boxWidth × boxHeight}.
     *
     * @throws IOException when the file is missing, empty, not a video or cannot be decoded
     */
    public static VideoFrames open(Path video, int boxWidth, int boxHeight, long fromMicros) throws IOException {
        return new VideoFrames(FrameReading.open(video, boxWidth, boxHeight, fromMicros));
    }

    /** Width of the scaled frames. */
    public int width() {
        return reading.width();
    }

    /** Height of the scaled frames. */
    public int height() {
        return reading.height();
    }

    /**
     * The frame showing at {@code micros} from the video's start (the last whose timestamp is not after it; the last
     * frame after the end). The image is reused by the next call: draw it, do not keep it.
     *
     * @throws IOException when the video breaks or ends well before its declared length (a truncated file)
     */
    public BufferedImage at(long micros) throws IOException {
        return reading.at(micros);
    }

    @Override
    public void close() {
        reading.close();
    }
}
