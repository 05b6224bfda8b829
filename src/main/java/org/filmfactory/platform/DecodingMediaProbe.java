package org.filmfactory.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;
import org.filmfactory.platform.media.ContentProbing;
import org.jspecify.annotations.Nullable;

/**
 * The {@link MediaProbe}: tells pictures, videos and sounds apart by their content and refuses what is empty, of an
 * unknown type, corrupt or truncated.
 *
 * <ul>
 * <li>Pictures (PNG, JPEG, GIF, BMP through ImageIO) are checked by their header first: a picture claiming more than
 * {@value #MAX_PICTURE_SIDE} pixels a side is refused ({@code media.refused.picture-too-large}) before anything is
 * decoded (decompression bombs); then the whole file is decoded, subsampled to a few megapixels so memory stays small,
 * and any decoder warning (a JPEG cut short decodes grey with only a warning) makes it corrupt.</li>
 * <li>Everything else goes to FFmpeg (WebP pictures, videos, sounds): the container is recognised by its bytes, never
 * by the file name, and every packet is decoded to the end, so a file cut short or damaged anywhere is refused
 * ({@code media.refused.corrupt}).</li>
 * </ul>
 * Usable without Spring ({@code new DecodingMediaProbe()}); the studio has one as its {@link MediaProbe} bean.
 * Thread-safe and stateless. Decoding a whole video costs about as long as playing it takes at 10× speed.
 */
public final class DecodingMediaProbe implements MediaProbe {

    /** Largest picture width or height accepted (16k). */
    public static final int MAX_PICTURE_SIDE = 16_384;

    /** ImageIO formats trusted to recognise their own content (the WBMP reader accepts almost any bytes). */
    private static final Map<String, String> PICTURE_TYPES = Map.of("png", "image/png", "jpeg", "image/jpeg", "gif",
            "image/gif", "bmp", "image/bmp");

    /** Pictures are decoded for checking at no more than about this many pixels (subsampled). */
    private static final long CHECK_PIXELS = 4_000_000;

    @Override
    public MediaInfo probe(Path file) {
        try {
            if (Files.size(file) == 0) {
                throw new MediaRefused("media.refused.empty");
            }
            var picture = probePicture(file);
            return picture != null ? picture : ContentProbing.probe(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static @Nullable MediaInfo probePicture(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                return null;
            }
            var readers = ImageIO.getImageReaders(in);
            while (readers.hasNext()) {
                var reader = readers.next();
                var type = PICTURE_TYPES.get(reader.getFormatName().toLowerCase(java.util.Locale.ROOT));
                if (type != null) {
                    try {
                        return probePicture(reader, in, type);
                    } finally {
                        reader.dispose();
                    }
                }
                reader.dispose();
            }
            return null;
        }
    }

    private static MediaInfo probePicture(ImageReader reader, ImageInputStream in, String type) {
        reader.setInput(in, true, true);
        var warnings = new ArrayList<String>();
        reader.addIIOReadWarningListener((IIOReadWarningListener) (source, warning) -> warnings.add(warning));
        int width;
        int height;
        try {
            width = reader.getWidth(0);
            height = reader.getHeight(0);
        } catch (IOException | RuntimeException e) {
            throw new MediaRefused("media.refused.corrupt", String.valueOf(e.getMessage()));
        }
        if (width <= 0 || height <= 0) {
            throw new MediaRefused("media.refused.corrupt", "the picture has no size");
        }
        if (width > MAX_PICTURE_SIDE || height > MAX_PICTURE_SIDE) {
            throw new MediaRefused("media.refused.picture-too-large", width, height, MAX_PICTURE_SIDE);
        }
        var step = (int) Math.ceil(Math.sqrt((double) width * height / CHECK_PIXELS));
        var param = reader.getDefaultReadParam();
        if (step > 1) {
            param.setSourceSubsampling(step, step, 0, 0);
        }
        try {
            reader.read(0, param);
        } catch (IOException | RuntimeException e) {
            throw new MediaRefused("media.refused.corrupt", String.valueOf(e.getMessage()));
        }
        if (!warnings.isEmpty()) {
            throw new MediaRefused("media.refused.corrupt", warnings.getFirst());
        }
        return new MediaInfo(MediaInfo.Kind.IMAGE, type, null, null, width, height, 0, 1, Duration.ZERO);
    }
}
