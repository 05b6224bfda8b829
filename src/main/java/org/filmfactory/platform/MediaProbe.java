package org.filmfactory.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/** Finds out what a media file really is by decoding it (JavaCV/FFmpeg), so nothing unusable becomes a take. */
public interface MediaProbe {

    /**
     * Reads the file's header and decodes it far enough to know it is whole (the last frame of a video decodes).
     *
     * @throws MediaRefused when it is empty, not a picture/video/sound, corrupt or truncated
     */
    MediaInfo probe(Path file);

    /**
     * Takes in an upload: copies at most {@code max} bytes of it to {@code file} ({@link MediaRefused#copyAtMost}),
     * refuses an empty one and probes it. The probe knows only the temporary copy; people know their file by its
     * name, so every refusal names {@code fileName}.
     *
     * @throws MediaRefused when it is too large, empty, of an unknown type, corrupt or truncated
     */
    default MediaInfo receive(InputStream content, Path file, long max, String fileName) throws IOException {
        if (MediaRefused.copyAtMost(content, file, max, fileName) == 0) {
            throw new MediaRefused("media.refused.empty", fileName);
        }
        try {
            return probe(file);
        } catch (MediaRefused refused) {
            throw switch (refused.messageKey()) {
                case "media.refused.empty", "media.refused.unknown-type", "media.refused.corrupt" ->
                        new MediaRefused(refused.messageKey(), fileName);
                default -> refused;
            };
        }
    }
}
