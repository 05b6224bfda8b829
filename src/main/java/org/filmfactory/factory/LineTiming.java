package org.filmfactory.factory;

import java.util.List;

/**
 * Where a shot's dialogue lines fall, by the rule the studio's cut uses ({@code Voices.timedLines}): one after another
 * from the shot's start, {@value #LEAD_IN} frames in and {@value #GAP} frames between lines. Unlike the studio, which
 * flags a line that runs past its clip, the headless film lengthens the shot until the last line has ended plus
 * {@value #GAP} frames, so nothing is cut off.
 *
 * @param starts the film frame each line starts on, in order
 * @param frames how long the shot lasts: its own length, or longer when its lines need it
 */
record LineTiming(int[] starts, int frames) {

    static final int LEAD_IN = 6;
    static final int GAP = 6;

    /**
     * @param shotStart the film frame the shot starts on
     * @param shotFrames the shot's own length, at least 1
     * @param lineFrames how long each line is spoken, in order
     */
    static LineTiming place(int shotStart, int shotFrames, List<Integer> lineFrames) {
        var starts = new int[lineFrames.size()];
        int at = shotStart + LEAD_IN;
        int end = shotStart;
        for (int i = 0; i < starts.length; i++) {
            starts[i] = at;
            end = at + lineFrames.get(i);
            at = end + GAP;
        }
        int needed = starts.length == 0 ? 0 : end + GAP - shotStart;
        return new LineTiming(starts, Math.max(shotFrames, needed));
    }
}
