package org.filmfactory.platform;

import java.nio.file.Path;
import java.time.Duration;

/**
 * A finished clip written by {@link VideoEncoder}: an MP4 (H.264, yuv420p, moov atom first) with no sound.
 *
 * @param path where the complete file now is (the target given to the encoder)
 * @param frames number of video frames in it
 * @param duration {@code frames / fps}, exact
 * @param width pixels
 * @param height pixels
 * @param fps frames per second (constant frame rate)
 * @param codec FFmpeg's codec name, {@code h264}
 */
public record EncodedClip(Path path, long frames, Duration duration, int width, int height, int fps, String codec) {
}
