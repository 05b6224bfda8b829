package org.filmfactory.take.internal.animatic;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import org.filmfactory.platform.EncodedClip;
import org.filmfactory.platform.VideoEncoder;
import org.filmfactory.take.GenerationProgress;
import org.filmfactory.take.ShotBrief;

/**
 * The built-in offline animatic: draws a shot from its brief ({@link AnimaticPainter}) and encodes it to an H.264
 * MP4 in the brief's format. Needs nothing installed and no network. Used by the studio's generator bean and by the
 * headless {@code storyboard} command alike, so both make the same clip from the same brief and seed. Thread-safe.
 */
public final class Animatic {

    /** The generator id stored with takes and in project settings. */
    public static final String ID = "animatic";
    public static final String STAGE_DRAWING = "take.animatic.stage.drawing";
    public static final String STAGE_ENCODING = "take.animatic.stage.encoding";

    private final VideoEncoder encoder;

    public Animatic(VideoEncoder encoder) {
        this.encoder = encoder;
    }

    /**
     * Writes the shot's clip to {@code target} (replaced when complete, never half-written).
     *
     * @throws InterruptedException when {@code progress} asked to stop or the thread was interrupted; nothing written
     * @throws IOException when the file cannot be written or the encoder fails
     */
    public EncodedClip render(ShotBrief brief, Path target, GenerationProgress progress)
            throws IOException, InterruptedException {
        progress.progress(0, STAGE_DRAWING);
        if (progress.stopping() || Thread.currentThread().isInterrupted()) {
            throw new InterruptedException("stopped before drawing");
        }
        var painter = new AnimaticPainter(brief);
        progress.progress(0, STAGE_ENCODING);
        try {
            return encoder.encode(brief.format(), painter.frameCount(), painter, target,
                    percent -> progress.progress(percent, STAGE_ENCODING), progress::stopping);
        } catch (InterruptedIOException e) {
            var stopped = new InterruptedException("stopped while encoding");
            stopped.initCause(e);
            throw stopped;
        }
    }
}
