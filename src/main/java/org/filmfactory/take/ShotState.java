package org.filmfactory.take;

/**
 * Where a shot stands on the storyboard: no take yet, waiting in the queue, being generated, a selected take that
 * matches the script, a selected take made before the script or the shot changed, or its last generation failed.
 */
public enum ShotState {
    NO_TAKE,
    QUEUED,
    GENERATING,
    READY,
    OUT_OF_DATE,
    FAILED;

    /** The key part used in translation bundles, e.g. {@code take.state.out-of-date}. */
    public String key() {
        return "take.state." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
