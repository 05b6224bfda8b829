package org.filmfactory.render;

import java.nio.file.Path;
import java.util.function.Supplier;
import org.filmfactory.platform.FramePainter;

/**
 * Where a clip's pictures come from. Every source has an {@code identity} that changes whenever its pictures would:
 * a segment of a film is reused by a later render only when the identities of everything in it are the same.
 */
public sealed interface ClipSource {

    String identity();

    /**
     * A video file on this machine (a take copied out of the media store). Frames are taken by time at the film's
     * rate; the picture is scaled to fit the film's and centred on black (letterbox or pillarbox).
     */
    record VideoFile(Path file, String identity) implements ClipSource {
    }

    /**
     * Pictures drawn straight into the film (the animatic, when no take file is needed): nothing is encoded twice.
     * The painter draws at {@code width × height} and is scaled like a file; a fresh painter is asked for every
     * stretch of frames rendered (segments may render on different threads or nodes).
     */
    record Painted(Supplier<FramePainter> painter, int width, int height, String identity) implements ClipSource {
    }

    /** A black slate naming what is missing (a shot without a take). */
    record Slate(String text, String identity) implements ClipSource {
    }
}
