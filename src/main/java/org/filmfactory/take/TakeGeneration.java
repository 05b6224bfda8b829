package org.filmfactory.take;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.filmfactory.breakdown.ShotId;
import org.filmfactory.platform.JobId;
import org.filmfactory.project.ProjectId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Takes of a project's shots: the storyboard, the shot page, generating (through the cluster work queue),
 * uploading and selecting. The transaction and permission boundary: reads need {@code VIEW}, writes
 * {@code GENERATE}. Ids that are not this project's are refused like a forbidden action.
 */
@Service
public class TakeGeneration {

    TakeGeneration() {
    }

    /** The number of shots on the storyboard. */
    public int storyboardSize(ProjectId projectId) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Shots {@code offset} to {@code offset + limit - 1} in script order; fewer past the end. */
    public List<StoryboardShot> storyboard(ProjectId projectId, int offset, int limit) {
        throw new UnsupportedOperationException("not yet");
    }

    public Optional<ShotPage> shotPage(ProjectId projectId, ShotId shotId) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The shot's takes, newest first. */
    public List<TakeView> takes(ProjectId projectId, ShotId shotId) {
        throw new UnsupportedOperationException("not yet");
    }

    public StoryboardTotals totals(ProjectId projectId) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Queues a generation of one shot (a regeneration is the same); {@code editedPrompt} null for the default. */
    public JobId generate(ProjectId projectId, ShotId shotId, @Nullable String editedPrompt) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Queues every shot without a ready selected take and no generation under way; returns how many. */
    public int generateAllMissing(ProjectId projectId) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Makes the take its shot's selected ("circled") take. */
    public void select(ProjectId projectId, TakeId takeId) {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * Stores an uploaded picture or video as a new take of the shot, after probing it by content.
     *
     * @throws org.filmfactory.platform.MediaRefused when it is empty, too large, not media, corrupt or truncated
     * @throws org.filmfactory.platform.MediaQuotaExceeded when the project's media quota is full
     */
    public TakeView upload(ProjectId projectId, ShotId shotId, String fileName, InputStream content,
            long declaredSize) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Cancels one of the project's generation jobs. */
    public void cancel(ProjectId projectId, JobId job) {
        throw new UnsupportedOperationException("not yet");
    }
}
