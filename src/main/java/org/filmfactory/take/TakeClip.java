package org.filmfactory.take;

import org.filmfactory.breakdown.ShotId;
import org.filmfactory.platform.MediaKey;

/**
 * Where a take's media is and what it holds, for the modules that cut and render takes without playing them in a
 * browser (the cut's filmstrip, the render's decoder).
 *
 * @param id the take
 * @param shotId its shot
 * @param clip the video in the media store (H.264 MP4)
 * @param thumbnail a small still of it
 * @param fps its frame rate
 * @param frames how many frames it has
 * @param width pixels
 * @param height pixels
 * @param fingerprint the shot's fingerprint when the take was made: a cut compares it to tell which shots changed
 */
public record TakeClip(TakeId id, ShotId shotId, MediaKey clip, MediaKey thumbnail, int fps, long frames, int width,
        int height, String fingerprint) {
}
