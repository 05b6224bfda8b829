package org.filmfactory.breakdown.internal;

/**
 * A shot as the rules make it from the current script.
 *
 * @param anchorKey who speaks, for dialogue shots (both names for dual dialogue); empty otherwise
 * @param anchor the normalized text of the script element the shot stands for: its identity across revisions
 */
public record DerivedShot(ShotOrigin origin, String anchorKey, String anchor, int firstLine, int lastLine,
        ShotValues values) {
}
