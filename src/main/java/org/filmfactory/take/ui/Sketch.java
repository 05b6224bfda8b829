package org.filmfactory.take.ui;

/**
 * What the player holds when a note is being made: the frame on screen and what was drawn on it.
 *
 * @param frame the take's frame on screen, an integer from 0 (never derived from float seconds on the server)
 * @param drawing the strokes as JSON, coordinates relative to the picture (0..1 from its top-left corner):
 *     {@code {"strokes":[{"tool":"freehand|arrow|rectangle|ellipse|point","color":"#rrggbb",
 *     "points":[[x,y],...]}]}}; {@code {"strokes":[]}} when nothing was drawn
 */
public record Sketch(long frame, String drawing) {
}
