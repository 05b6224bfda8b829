package org.filmfactory.cut;

import java.time.Instant;

/**
 * A named, restorable copy of the cut.
 *
 * @param id its id
 * @param name what the editor called it (unique within the project)
 * @param revision the cut revision it copies
 * @param made when it was saved
 * @param madeBy the display name of who saved it
 * @param clips how many clips it has
 * @param frames its length in frames
 */
public record CutVersion(CutVersionId id, String name, long revision, Instant made, String madeBy, int clips,
        int frames) {

    public static final int MAX_NAME = 80;
}
