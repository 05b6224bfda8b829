package org.filmfactory.take;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Makes the pictures of one shot. The built-in offline animatic is the default; AI backends (OpenAI-compatible images,
 * asynchronous video job APIs, ComfyUI) are chosen per project by its owner. Implementations are Spring beans,
 * found by {@link #id()}; they run on a work-queue worker thread, may block, and must honour
 * {@link GenerationProgress#stopping()}.
 */
public interface ShotGenerator {

    /** Stable id stored with the take and in project settings, e.g. {@code animatic}, {@code openai-images}. */
    String id();

    /**
     * Generates into {@code workFolder} (empty, owned by this call, deleted afterwards).
     *
     * @throws GenerationFailed for a failure the user can act on (not retried by the queue)
     * @throws IOException for transient trouble (retried with backoff)
     */
    GeneratedMedia generate(ShotBrief brief, Path workFolder, GenerationProgress progress)
            throws IOException, InterruptedException;
}
