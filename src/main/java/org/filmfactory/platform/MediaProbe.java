package org.filmfactory.platform;

import java.nio.file.Path;

/** Finds out what a media file really is by decoding it (JavaCV/FFmpeg), so nothing unusable becomes a take. */
public interface MediaProbe {

    /**
     * Reads the file's header and decodes it far enough to know it is whole (the last frame of a video decodes).
     *
     * @throws MediaRefused when it is empty, not a picture/video/sound, corrupt or truncated
     */
    MediaInfo probe(Path file);
}
