package org.filmfactory.take;

/**
 * The storyboard in figures.
 *
 * @param shots every shot of the film
 * @param ready shots whose selected take is up to date
 * @param missing shots without a ready selected take and no generation under way (what "generate all" queues)
 * @param generating shots queued or being generated
 * @param outOfDate shots whose selected take is out of date
 * @param failed shots whose last generation failed
 */
public record StoryboardTotals(int shots, int ready, int missing, int generating, int outOfDate, int failed) {
}
