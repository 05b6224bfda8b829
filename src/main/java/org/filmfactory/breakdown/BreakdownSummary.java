package org.filmfactory.breakdown;

/**
 * How far a project's breakdown is, without its scenes and shots: what a screen says above a list it fetches a
 * window at a time.
 *
 * @param scriptRevision the screenplay revision the scenes and shots were derived from; 0 before the first one
 * @param scenes how many scenes
 * @param shots how many shots are on the list, all scenes together
 */
public record BreakdownSummary(long scriptRevision, long scenes, long shots) {
}
