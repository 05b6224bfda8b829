package org.filmfactory.platform.media;

import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_BGR24;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;
import static org.bytedeco.ffmpeg.global.swscale.SWS_BILINEAR;
import static org.bytedeco.ffmpeg.global.swscale.SWS_CS_ITU709;
import static org.bytedeco.ffmpeg.global.swscale.sws_freeContext;
import static org.bytedeco.ffmpeg.global.swscale.sws_getCoefficients;
import static org.bytedeco.ffmpeg.global.swscale.sws_getContext;
import static org.bytedeco.ffmpeg.global.swscale.sws_scale;
import static org.bytedeco.ffmpeg.global.swscale.sws_setColorspaceDetails;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.ByteBuffer;
import org.bytedeco.ffmpeg.swscale.SwsContext;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.PointerPointer;
import org.jspecify.annotations.Nullable;

/**
 * Converts a drawn BGR picture to yuv420p with the BT.709 matrix, limited range: what a film's stream is tagged with.
 * swscale's default (and the recorder's) is BT.601, which would shift colours slightly in every player that believes
 * the tags. One conversion per reusable image; the picture buffer is reused by the next conversion. Not thread-safe.
 *
 * <p>Consecutive pictures of a film are mostly alike (a still camera, a timecode and a mouth that change): the picture
 * is converted in bands of {@value #BAND} rows, and a band whose pixels are the same as the last time this conversion
 * ran keeps the result it had then (each band of rows converts on its own, so the result is the same byte for byte).
 */
final class Bt709Conversion implements AutoCloseable {

    /** Rows per band: even, so that every band holds whole rows of the half-height chroma planes. */
    static final int BAND = 16;

    private final int width;
    private final int height;
    private final SwsContext context;
    private final SwsContext band;
    private final @Nullable SwsContext lastBand;
    private final ByteBuffer previous;
    private final PointerPointer<BytePointer> bandSource;
    private final PointerPointer<BytePointer> bandTarget;
    private final long lumaSize;
    private final long chromaSize;
    private boolean converted;
    private final BytePointer bgr;
    private final BytePointer yuv;
    private final ByteBuffer picture;
    private final PointerPointer<BytePointer> source;
    private final IntPointer sourceStride;
    private final PointerPointer<BytePointer> target;
    private final IntPointer targetStride;

    Bt709Conversion(int width, int height) {
        FfmpegNatives.load();
        this.width = width;
        this.height = height;
        this.context = context(width, height);
        this.band = context(width, Math.min(BAND, height));
        this.lastBand = height > BAND && height % BAND != 0 ? context(width, height % BAND) : null;
        this.lumaSize = (long) width * height;
        this.chromaSize = (long) (width / 2) * (height / 2);
        this.bgr = new BytePointer(lumaSize * 3);
        this.previous = bgr.asByteBuffer();
        this.bandSource = new PointerPointer<>(1);
        this.bandTarget = new PointerPointer<>(3);
        this.yuv = new BytePointer(lumaSize + 2 * chromaSize);
        this.picture = yuv.asByteBuffer();
        this.source = new PointerPointer<>(1);
        source.put(0, bgr);
        this.sourceStride = new IntPointer(width * 3, 0, 0, 0);
        this.target = new PointerPointer<>(3);
        target.put(0, new BytePointer(yuv).position(0));
        target.put(1, new BytePointer(yuv).position(lumaSize));
        target.put(2, new BytePointer(yuv).position(lumaSize + chromaSize));
        this.targetStride = new IntPointer(width, width / 2, width / 2, 0);
    }

    private static SwsContext context(int width, int height) {
        var created = sws_getContext(width, height, AV_PIX_FMT_BGR24, width, height, AV_PIX_FMT_YUV420P, SWS_BILINEAR,
                null, null, (DoublePointer) null);
        if (created == null) {
            throw new IllegalStateException("swscale cannot convert BGR to yuv420p at " + width + "x" + height);
        }
        // the source is full-range RGB; the target BT.709 limited (tv) range, as tagged
        sws_setColorspaceDetails(created, sws_getCoefficients(SWS_CS_ITU709), 1, sws_getCoefficients(SWS_CS_ITU709),
                0, 0, 1 << 16, 1 << 16);
        return created;
    }

    /** Converts {@code image} (TYPE_3BYTE_BGR, this size) into {@link #picture()}. */
    void convert(BufferedImage image) {
        if (image.getType() != BufferedImage.TYPE_3BYTE_BGR || image.getWidth() != width
                || image.getHeight() != height) {
            throw new IllegalArgumentException("expected a " + width + "x" + height + " BGR image");
        }
        var pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        if (!converted) {
            bgr.position(0).put(pixels, 0, pixels.length);
            sws_scale(context, source, sourceStride, 0, height, target, targetStride);
            converted = true;
            return;
        }
        var drawn = ByteBuffer.wrap(pixels);
        int rowBytes = width * 3;
        for (int top = 0; top < height; top += BAND) {
            int rows = Math.min(BAND, height - top);
            int from = top * rowBytes;
            int length = rows * rowBytes;
            if (previous.slice(from, length).mismatch(drawn.slice(from, length)) < 0) {
                continue;
            }
            bgr.position(from).put(pixels, from, length);
            convertBand(top, rows, from);
        }
    }

    /** Converts rows {@code top} to {@code top + rows} (an even row, a whole band or the last one) alone. */
    private void convertBand(int top, int rows, int from) {
        var bandContext = rows == Math.min(BAND, height) ? band : lastBand;
        if (bandContext == null) {
            throw new IllegalStateException("no conversion for a band of " + rows + " rows");
        }
        bandSource.put(0, new BytePointer(bgr).position(from));
        bandTarget.put(0, new BytePointer(yuv).position((long) top * width));
        bandTarget.put(1, new BytePointer(yuv).position(lumaSize + (long) (top / 2) * (width / 2)));
        bandTarget.put(2, new BytePointer(yuv).position(lumaSize + chromaSize + (long) (top / 2) * (width / 2)));
        sws_scale(bandContext, bandSource, sourceStride, 0, rows, bandTarget, targetStride);
    }

    /** The converted picture: the Y plane, then U, then V, each row exactly as wide as the plane. */
    ByteBuffer picture() {
        return picture.position(0);
    }

    @Override
    public void close() {
        sws_freeContext(context);
        sws_freeContext(band);
        if (lastBand != null) {
            sws_freeContext(lastBand);
        }
        bandSource.close();
        bandTarget.close();
        bgr.close();
        yuv.close();
        source.close();
        sourceStride.close();
        target.close();
        targetStride.close();
    }
}
