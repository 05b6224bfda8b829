package org.filmfactory.take.internal;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A stored take, as the module's code passes it around.
 *
 * @param jobId the generation job that made it, null for an upload
 * @param madeBy the account id of who asked for it
 * @param fingerprint what the shot and its script lines were when it was made ({@link Fingerprints})
 * @param durationMs 0 for a picture
 */
public record TakeRecord(UUID id, UUID projectId, UUID shotId, int number, @Nullable UUID jobId, String generator,
        String prompt, long seed, @Nullable UUID madeBy, String madeByName, Instant madeAt, String fingerprint,
        long scriptRevision, String clipKey, String posterKey, String thumbnailKey, String contentType, int width,
        int height, int fps, long frames, long durationMs) {

    /** This take with its number, once the shot's lock gave it one. */
    public TakeRecord numbered(int takeNumber) {
        return new TakeRecord(id, projectId, shotId, takeNumber, jobId, generator, prompt, seed, madeBy, madeByName,
                madeAt, fingerprint, scriptRevision, clipKey, posterKey, thumbnailKey, contentType, width, height, fps,
                frames, durationMs);
    }
}
