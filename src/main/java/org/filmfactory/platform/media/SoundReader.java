package org.filmfactory.platform.media;

import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FrameGrabber;

/**
 * The sound of any file FFmpeg decodes (a WAV, an MP3, the audio track of an MP4) as interleaved float samples at a
 * chosen rate, resampled by FFmpeg's swresample (a windowed-sinc resampler, good enough for true-peak measurement,
 * unlike linear interpolation). Reads forward only, a decoded frame at a time: memory does not grow with the length.
 * Not thread-safe.
 */
public final class SoundReader implements AutoCloseable {

    private final Path file;
    private final FFmpegFrameGrabber grabber;
    private final int channels;
    private float[] pending = new float[0];
    private int pendingStart;
    private int pendingEnd;
    private boolean ended;

    private SoundReader(Path file, FFmpegFrameGrabber grabber, int channels) {
        this.file = file;
        this.grabber = grabber;
        this.channels = channels;
    }

    /**
     * Opens {@code file}'s first audio stream, resampled to {@code rate}.
     *
     * @throws IOException naming the file when it cannot be read or has no sound
     */
    public static SoundReader open(Path file, int rate) throws IOException {
        FfmpegNatives.load();
        if (!Files.isReadable(file)) {
            throw new IOException("cannot read sound file " + file);
        }
        var grabber = new FFmpegFrameGrabber(file.toFile());
        grabber.setSampleMode(FrameGrabber.SampleMode.FLOAT);
        grabber.setSampleRate(rate);
        try {
            grabber.start();
            if (!grabber.hasAudio() || grabber.getAudioChannels() < 1) {
                throw new IOException("no sound in " + file);
            }
            return new SoundReader(file, grabber, grabber.getAudioChannels());
        } catch (IOException | RuntimeException e) {
            closeQuietly(grabber);
            if (e instanceof IOException io && io.getMessage() != null && io.getMessage().startsWith("no sound")) {
                throw io;
            }
            throw new IOException("cannot decode sound file " + file + ": " + e.getMessage(), e);
        }
    }

    public int channels() {
        return channels;
    }

    /** The container's idea of the length, in microseconds (0 when unknown): a hint, not a promise. */
    public long lengthMicros() {
        return Math.max(0, grabber.getLengthInTime());
    }

    /**
     * Reads up to {@code frames} interleaved frames into {@code into} at {@code offset}.
     *
     * @return the frames read, fewer only at the end, -1 when nothing is left
     */
    public int read(float[] into, int offset, int frames) throws IOException {
        var done = 0;
        while (done < frames) {
            if (pendingStart == pendingEnd && !fill()) {
                break;
            }
            var available = (pendingEnd - pendingStart) / channels;
            var take = Math.min(available, frames - done);
            System.arraycopy(pending, pendingStart, into, offset + done * channels, take * channels);
            pendingStart += take * channels;
            done += take;
        }
        return done == 0 && frames > 0 ? -1 : done;
    }

    private boolean fill() throws IOException {
        while (!ended) {
            org.bytedeco.javacv.Frame frame;
            try {
                frame = grabber.grabSamples();
            } catch (FrameGrabber.Exception e) {
                throw new IOException("cannot decode sound file " + file + ": " + e.getMessage(), e);
            }
            if (frame == null) {
                ended = true;
                return false;
            }
            if (frame.samples == null || frame.samples.length == 0) {
                continue;
            }
            var buffers = frame.samples;
            int count;
            if (buffers.length == 1) {
                var buffer = ((FloatBuffer) buffers[0]).duplicate();
                count = buffer.remaining();
                ensure(count);
                buffer.get(pending, 0, count);
            } else {
                var perChannel = ((FloatBuffer) buffers[0]).remaining();
                count = perChannel * channels;
                ensure(count);
                for (var channel = 0; channel < channels; channel++) {
                    var buffer = ((FloatBuffer) buffers[channel]).duplicate();
                    for (var i = 0; i < perChannel; i++) {
                        pending[i * channels + channel] = buffer.get();
                    }
                }
            }
            pendingStart = 0;
            pendingEnd = count - count % channels;
            if (pendingEnd > 0) {
                return true;
            }
        }
        return false;
    }

    private void ensure(int count) {
        if (pending.length < count) {
            pending = new float[count];
        }
    }

    @Override
    public void close() throws IOException {
        try {
            grabber.stop();
            grabber.release();
        } catch (FrameGrabber.Exception e) {
            throw new IOException("cannot close " + file, e);
        }
    }

    private static void closeQuietly(FFmpegFrameGrabber grabber) {
        try {
            grabber.release();
        } catch (FrameGrabber.Exception | RuntimeException ignored) {
            // already failing: the first error is the one to report
        }
    }
}
