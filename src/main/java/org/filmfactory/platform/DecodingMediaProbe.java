package org.filmfactory.platform;

import java.nio.file.Path;

/**
 * The {@link MediaProbe}: tells pictures, videos and sounds apart by their content and refuses what is empty, of an
 * unknown type, corrupt or truncated.
 *
 * <ul>
 * <li>Pictures (PNG, JPEG, and whatever else ImageIO reads) are checked by their header first: a picture claiming more
 * than {@value #MAX_PICTURE_SIDE} pixels a side is refused before anything is decoded (decompression bombs); then it is
 * decoded whole.</li>
 * <li>Videos and sounds are opened with FFmpeg, their streams checked, and every packet decoded to the end, so a file
 * cut short or damaged anywhere is refused ({@code media.refused.corrupt}).</li>
 * </ul>
 * Usable without Spring ({@code new DecodingMediaProbe()}); the studio has one as its {@link MediaProbe} bean.
 * Thread-safe and stateless.
 */
public final class DecodingMediaProbe implements MediaProbe {

    /** Largest picture width or height accepted (16k). */
    public static final int MAX_PICTURE_SIDE = 16_384;

    @Override
    public MediaInfo probe(Path file) {
        throw new UnsupportedOperationException("not yet");
    }
}
