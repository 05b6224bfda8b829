package org.filmfactory.take.ui;

import org.jspecify.annotations.Nullable;

/**
 * A note the player marks on its timeline and, when paused on its frame, draws over the picture.
 *
 * @param id the note's id (the comment), sent back when the marker is clicked
 * @param frame the take's frame, from 0
 * @param colorIndex the author's colour index (collab's {@code Attendee.colorOf})
 * @param label a short text shown on the marker (author and start of the text)
 * @param drawing the drawing in the JSON form of {@link Sketch#drawing()}, or null for a note without one
 */
public record FrameNote(String id, long frame, int colorIndex, String label, @Nullable String drawing) {
}
