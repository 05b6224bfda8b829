package org.filmfactory.platform.media;

import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_BGR24;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.Java2DFrameConverter;
import org.filmfactory.platform.EncodedClip;
import org.filmfactory.platform.EncoderSettings;
import org.filmfactory.platform.FramePainter;
import org.filmfactory.platform.VideoFormat;
import org.jspecify.annotations.Nullable;

/**
 * The work behind {@link org.filmfactory.platform.VideoEncoder#encode}: one drawing thread paints into a small pool
 * of reusable images while the calling thread converts and encodes them (drawing on its own thread measured ~10 %
 * faster on 2 cores, STACK-NOTES). The recorder settings are the ones that matched the {@code ffmpeg} command line byte
 * for byte (STACK-NOTES, issue 11).
 */
public final class FrameEncoding {

    private FrameEncoding() {
    }

    public static EncodedClip encode(EncoderSettings settings, VideoFormat format, int frameCount,
            FramePainter painter, Path target, IntConsumer percentDone, BooleanSupplier stopping)
            throws IOException {
        if (frameCount < 1) {
            throw new IllegalArgumentException("frameCount must be at least 1, not " + frameCount);
        }
        FfmpegNatives.load();
        var folder = target.toAbsolutePath().getParent();
        var temp = Files.createTempFile(folder, "." + target.getFileName() + ".", ".part");
        var done = false;
        try {
            encodeTo(temp, settings, format, frameCount, painter, percentDone, stopping);
            moveIntoPlace(temp, target);
            done = true;
        } finally {
            if (!done) {
                Files.deleteIfExists(temp);
            }
        }
        return new EncodedClip(target, frameCount,
                Duration.ofNanos(Math.round(frameCount * 1_000_000_000.0 / format.fps())), format.width(),
                format.height(), format.fps(), "h264");
    }

    private static void encodeTo(Path file, EncoderSettings settings, VideoFormat format, int frameCount,
            FramePainter painter, IntConsumer percentDone, BooleanSupplier stopping) throws IOException {
        var free = new ArrayBlockingQueue<BufferedImage>(settings.bufferedFrames());
        var drawn = new ArrayBlockingQueue<Drawn>(settings.bufferedFrames() + 1);
        for (var i = 0; i < settings.bufferedFrames(); i++) {
            free.add(new BufferedImage(format.width(), format.height(), BufferedImage.TYPE_3BYTE_BGR));
        }
        var cancelled = new AtomicBoolean();
        var drawer = Thread.ofPlatform().name("frame-painter-" + file.getFileName()).daemon()
                .start(() -> draw(painter, frameCount, free, drawn, cancelled));
        var recorder = new FFmpegFrameRecorder(file.toFile(), format.width(), format.height(), 0);
        try (var converter = new Java2DFrameConverter()) {
            configure(recorder, settings, format);
            recorder.start();
            var lastPercent = -1;
            for (var frame = 0; frame < frameCount; frame++) {
                if (stopping.getAsBoolean() || Thread.currentThread().isInterrupted()) {
                    throw new InterruptedIOException("encoding stopped at frame " + frame + " of " + frameCount);
                }
                var next = drawn.take();
                if (next.failure() != null) {
                    throw rethrow(next.failure());
                }
                Frame converted = converter.convert(next.image());
                free.add(next.image());
                recorder.record(converted, AV_PIX_FMT_BGR24);
                var percent = (int) ((frame + 1) * 100L / frameCount);
                if (percent != lastPercent) {
                    percentDone.accept(percent);
                    lastPercent = percent;
                }
            }
            recorder.stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("encoding interrupted");
        } catch (FFmpegFrameRecorder.Exception e) {
            throw new IOException("encoding " + file.getFileName() + " failed: " + e.getMessage(), e);
        } finally {
            cancelled.set(true);
            drawer.interrupt();
            joinQuietly(drawer);
            recorder.release();
        }
    }

    private static void configure(FFmpegFrameRecorder recorder, EncoderSettings settings, VideoFormat format) {
        recorder.setFormat("mp4");
        recorder.setVideoCodecName("libx264");
        recorder.setPixelFormat(AV_PIX_FMT_YUV420P);
        recorder.setFrameRate(format.fps());
        recorder.setVideoBitrate(0);
        recorder.setVideoOption("preset", settings.preset());
        recorder.setVideoOption("crf", Integer.toString(settings.crf()));
        recorder.setGopSize(format.fps() * 2);
        recorder.setOption("movflags", "+faststart");
    }

    private static void draw(FramePainter painter, int frameCount, BlockingQueue<BufferedImage> free,
            BlockingQueue<Drawn> drawn, AtomicBoolean cancelled) {
        try {
            for (var frame = 0; frame < frameCount && !cancelled.get(); frame++) {
                var image = free.take();
                var g = image.createGraphics();
                try {
                    g.setBackground(java.awt.Color.BLACK);
                    g.clearRect(0, 0, image.getWidth(), image.getHeight());
                    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
                            RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                    painter.paint(g, frame);
                } finally {
                    g.dispose();
                }
                drawn.put(new Drawn(image, null));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            // the queue has room for one more than the pool holds, so the failure always fits
            drawn.offer(new Drawn(null, e));
        }
    }

    private static RuntimeException rethrow(Throwable failure) {
        if (failure instanceof Error error) {
            throw error;
        }
        return (RuntimeException) failure;
    }

    private static void joinQuietly(Thread thread) {
        var interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A drawn frame on its way to the encoder, or the painter's failure. */
    private record Drawn(@Nullable BufferedImage image, @Nullable Throwable failure) {
    }
}
