package org.filmfactory.take;

import org.filmfactory.breakdown.ShotId;

/**
 * What another module needs to pin something to a take's frames: its shot and how many frames it has.
 *
 * @param fps frames per second (0 for a picture)
 * @param frames the number of frames; valid frame numbers are 0 to {@code frames - 1}
 */
public record TakeFrames(TakeId takeId, ShotId shotId, int fps, long frames) {
}
