package org.filmfactory.take.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the take module keeps per shot: the selected take, the last edited prompt, the generation job under way (or
 * that last failed), and how many generations were asked for. Its row is the lock that numbers the shot's takes.
 */
@Entity
@Table(name = "take_shot")
class StoredTakeShot {

    @Id
    @Column(name = "shot_id")
    private UUID shotId;
    @Column(name = "project_id", nullable = false, updatable = false)
    private UUID projectId;
    @Column(name = "selected_take")
    private @Nullable UUID selectedTake;
    private @Nullable String prompt;
    @Column(name = "job_id")
    private @Nullable UUID jobId;
    @Column(nullable = false)
    private int requests;

    protected StoredTakeShot() {
    }

    UUID projectId() {
        return projectId;
    }

    /** Counts one more generation request and returns its ordinal, from 1. */
    int request(@Nullable String editedPrompt) {
        if (editedPrompt != null) {
            prompt = editedPrompt;
        }
        return ++requests;
    }

    void generating(UUID job) {
        jobId = job;
    }

    /** The take of {@code job} is stored: the shot no longer waits for it. */
    void made(UUID take, @Nullable UUID job) {
        if (selectedTake == null) {
            selectedTake = take;
        }
        if (job != null && job.equals(jobId)) {
            jobId = null;
        }
    }

    @Nullable UUID selected() {
        return selectedTake;
    }

    void select(UUID take) {
        selectedTake = take;
    }

    ShotTakes toRecord() {
        return new ShotTakes(shotId, selectedTake, prompt, jobId, requests);
    }
}
