package org.filmfactory.take;

import java.time.Duration;
import java.time.Instant;
import org.filmfactory.breakdown.ShotId;

/**
 * One take as a member sees it.
 *
 * @param number the take's number within its shot, from 1
 * @param generator the generator or backend id that made it ({@code animatic}, …), or {@code upload}
 * @param prompt the prompt it was made from (empty for an upload)
 * @param madeBy the display name of who asked for it
 * @param selected whether it is the shot's circled take
 * @param outOfDate whether the script lines or the shot changed after it was made
 * @param clipUrl {@code /media/<key>} of the clip (or of the picture, for a still upload kept as an image)
 * @param posterUrl {@code /media/<key>} of the full-size poster frame
 * @param thumbnailUrl {@code /media/<key>} of the small thumbnail
 * @param fps frames per second (0 for a picture)
 * @param frames number of frames (1 for a picture)
 * @param contentType what the clip is, e.g. {@code video/mp4}
 */
public record TakeView(TakeId id, ShotId shotId, int number, String generator, String prompt, long seed,
        String madeBy, Instant made, boolean selected, boolean outOfDate, String clipUrl, String posterUrl,
        String thumbnailUrl, int width, int height, int fps, long frames, Duration duration, String contentType) {
}
