package org.filmfactory.factory;

/** Where a run is: running (queued counts as running), finished with a film, or failed in a stage. */
public enum MakeState {
    RUNNING,
    DONE,
    FAILED,
    CANCELLED
}
