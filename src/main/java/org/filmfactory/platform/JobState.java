package org.filmfactory.platform;

/** Where a job is in its life: QUEUED → RUNNING → DONE, FAILED or CANCELLED; a retry puts it back to QUEUED. */
public enum JobState {
    QUEUED,
    RUNNING,
    DONE,
    FAILED,
    CANCELLED;

    public boolean finished() {
        return this == DONE || this == FAILED || this == CANCELLED;
    }
}
