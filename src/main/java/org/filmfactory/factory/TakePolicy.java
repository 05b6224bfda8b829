package org.filmfactory.factory;

/** Which takes a run films. */
public enum TakePolicy {
    /** Each shot's selected take; a shot without one gets one from the project's generator. */
    SELECTED,
    /** Only approved takes: a shot without an approved take stops the run (it names the shot). */
    APPROVED_ONLY,
    /** Approved takes where there are; every other shot is filled with an offline animatic. */
    APPROVED_OR_ANIMATIC
}
