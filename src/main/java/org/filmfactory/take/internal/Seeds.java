package org.filmfactory.take.internal;

import java.util.UUID;

/** Seeds of generations: derived from the shot and the number of its generation, so they can be made again. */
public final class Seeds {

    private Seeds() {
    }

    /** A seed for the {@code request}-th generation of a shot: the same shot and number always give the same. */
    public static long of(UUID shotId, int request) {
        long z = shotId.getMostSignificantBits() ^ Long.rotateLeft(shotId.getLeastSignificantBits(), 17)
                ^ (request * 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return (z ^ (z >>> 31)) & Long.MAX_VALUE;
    }
}
