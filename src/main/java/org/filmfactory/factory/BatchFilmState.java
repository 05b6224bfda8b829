package org.filmfactory.factory;

/** Where one film of a batch is. */
public enum BatchFilmState {
    /** Waiting for its project (its script being written, or an earlier run of the project) or for a free node. */
    QUEUED,
    /** Its "Make film" run is running. */
    RUNNING,
    MADE,
    FAILED,
    CANCELLED
}
