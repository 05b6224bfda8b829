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
import java.util.ArrayList;
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
 * of reusable images and converts them while the calling thread encodes them (drawing on its own thread measured ~10 %
 * faster on 2 cores, STACK-NOTES). The recorder settings are the ones that matched the {@code ffmpeg} command line byte
 * for byte (STACK-NOTES, issue 11).
 */
public final class FrameEncoding {

    private FrameEncoding() {
    }

    public static EncodedClip encode(EncoderSettings settings, VideoFormat format, int frameCount,
            FramePainter painter, Path target, IntConsumer percentDone, BooleanSupplier stopping)
            throws IOException {
        return encode(settings, format, frameCount, painter, target, percentDone, stopping, 0);
    }

    /**
     * Like {@link #encode(EncoderSettings, VideoFormat, int, FramePainter, Path, IntConsumer, BooleanSupplier)}; with
     * {@code maxKbps > 0} the clip is a film segment: H.264 High profile, tagged BT.709 (primaries, transfer,
     * matrix), constant quality under a VBV peak of {@code maxKbps} with a buffer of twice that. Every encode starts
     * on an IDR frame, so segments encoded with the same settings join by packet copy.
     */
    public static EncodedClip encode(EncoderSettings settings, VideoFormat format, int frameCount,
            FramePainter painter, Path target, IntConsumer percentDone, BooleanSupplier stopping, int maxKbps)
            throws IOException {
        if (frameCount < 1) {
            throw new IllegalArgumentException("frameCount must be at least 1, not " + frameCount);
        }
        FfmpegNatives.load();
        var folder = target.toAbsolutePath().getParent();
        var temp = Files.createTempFile(folder, "." + target.getFileName() + ".", ".part");
        var done = false;
        try {
            encodeTo(temp, settings, format, frameCount, painter, percentDone, stopping, maxKbps);
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
            FramePainter painter, IntConsumer percentDone, BooleanSupplier stopping, int maxKbps) throws IOException {
        var free = new ArrayBlockingQueue<Slot>(settings.bufferedFrames());
        var drawn = new ArrayBlockingQueue<Drawn>(settings.bufferedFrames() + 1);
        var slots = new ArrayList<Slot>();
        for (var i = 0; i < settings.bufferedFrames(); i++) {
            slots.add(new Slot(new BufferedImage(format.width(), format.height(), BufferedImage.TYPE_3BYTE_BGR),
                    new Java2DFrameConverter(), maxKbps > 0 ? new Bt709Conversion(format.width(), format.height())
                            : null));
        }
        free.addAll(slots);
        var cancelled = new AtomicBoolean();
        var drawer = Thread.ofPlatform().name("frame-painter-" + file.getFileName()).daemon()
                .start(() -> draw(painter, frameCount, free, drawn, cancelled));
        var recorder = new FFmpegFrameRecorder(file.toFile(), format.width(), format.height(), 0);
        try {
            configure(recorder, settings, format, maxKbps);
            recorder.start();
            var lastPercent = -1;
            for (var frame = 0; frame < frameCount; frame++) {
                if (stopping.getAsBoolean() || Thread.currentThread().isInterrupted()) {
                    throw new InterruptedIOException("encoding stopped at frame " + frame + " of " + frameCount);
                }
                var next = drawn.take();
                var slot = next.slot();
                if (next.failure() != null || slot == null) {
                    throw rethrow(next.failure());
                }
                slot.record(recorder);
                free.add(slot);
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
            slots.forEach(Slot::close);
        }
    }

    private static void configure(FFmpegFrameRecorder recorder, EncoderSettings settings, VideoFormat format,
            int maxKbps) {
        recorder.setFormat("mp4");
        recorder.setVideoCodecName("libx264");
        recorder.setPixelFormat(AV_PIX_FMT_YUV420P);
        recorder.setFrameRate(format.fps());
        recorder.setVideoBitrate(0);
        recorder.setVideoOption("preset", settings.preset());
        recorder.setVideoOption("crf", Integer.toString(settings.crf()));
        recorder.setGopSize(format.fps() * 2);
        // libavcodec's default is one thread; the ffmpeg command line asks for "auto" (x264 then uses 1.5 per core)
        recorder.setVideoOption("threads", "auto");
        recorder.setOption("movflags", "+faststart");
        if (maxKbps > 0) {
            recorder.setVideoOption("profile", "high");
            // generic codec options: libx264 writes them into the stream's VUI, the muxer into the colr box
            recorder.setVideoOption("color_primaries", "bt709");
            recorder.setVideoOption("color_trc", "bt709");
            recorder.setVideoOption("colorspace", "bt709");
            recorder.setVideoOption("color_range", "tv");
            recorder.setVideoOption("maxrate", maxKbps + "k");
            recorder.setVideoOption("bufsize", 2 * maxKbps + "k");
        }
    }

    /**
     * The drawing thread: paints into a free slot's image and converts it there (the converter's copy into the frame
     * buffer is then off the encoding thread); the slot comes back once the encoder has recorded its frame.
     */
    private static void draw(FramePainter painter, int frameCount, BlockingQueue<Slot> free,
            BlockingQueue<Drawn> drawn, AtomicBoolean cancelled) {
        try {
            for (var frame = 0; frame < frameCount && !cancelled.get(); frame++) {
                var slot = free.take();
                var image = slot.image();
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
                slot.convert();
                drawn.put(new Drawn(slot, null));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            // the queue has room for one more than the pool holds, so the failure always fits
            drawn.offer(new Drawn(null, e));
        }
    }

    private static RuntimeException rethrow(@Nullable Throwable failure) {
        if (failure instanceof Error error) {
            throw error;
        }
        return failure instanceof RuntimeException e ? e : new IllegalStateException("no frame drawn", failure);
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

    /**
     * A reusable image and what holds its pixels for the encoder: the converter's frame buffer (BGR, converted to
     * yuv420p by the recorder with swscale's default BT.601 matrix), or for films a yuv420p picture converted with the
     * BT.709 matrix the stream is tagged with. Converted on the drawing thread, recorded on the encoding thread (the
     * queues between them order the two).
     */
    private static final class Slot implements AutoCloseable {

        private final BufferedImage image;
        private final Java2DFrameConverter converter;
        private final @Nullable Bt709Conversion yuv;
        private @Nullable Frame frame;

        Slot(BufferedImage image, Java2DFrameConverter converter, @Nullable Bt709Conversion yuv) {
            this.image = image;
            this.converter = converter;
            this.yuv = yuv;
        }

        BufferedImage image() {
            return image;
        }

        void convert() {
            if (yuv != null) {
                yuv.convert(image);
            } else {
                frame = converter.convert(image);
            }
        }

        void record(FFmpegFrameRecorder recorder) throws FFmpegFrameRecorder.Exception {
            if (yuv != null) {
                recorder.recordImage(image.getWidth(), image.getHeight(), Frame.DEPTH_UBYTE, 1, image.getWidth(),
                        AV_PIX_FMT_YUV420P, yuv.picture());
            } else {
                recorder.record(frame, AV_PIX_FMT_BGR24);
            }
        }

        @Override
        public void close() {
            converter.close();
            if (yuv != null) {
                yuv.close();
            }
        }
    }

    /** A drawn and converted frame on its way to the encoder, or the painter's failure. */
    private record Drawn(@Nullable Slot slot, @Nullable Throwable failure) {
    }
}
