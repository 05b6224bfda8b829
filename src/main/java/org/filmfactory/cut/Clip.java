package org.filmfactory.cut;

import org.filmfactory.breakdown.ShotId;
import org.filmfactory.take.TakeId;
import org.jspecify.annotations.Nullable;

/**
 * One piece of the cut: a stretch of a shot's take. Times are whole frames at the project's frame rate; a take of
 * another rate is shown at the project's rate by time (the take's frame nearest to each cut frame).
 *
 * @param id stays with the clip through moves and trims; a split makes a new id for the second half
 * @param shot the shot it shows
 * @param take the take, or null when the shot has none yet (rendered as a black slate naming the shot)
 * @param inFrame first frame of the take used, from 0
 * @param outFrame one past the last frame used; {@code outFrame - inFrame} is the clip's length, at least 1
 * @param transition how it starts after the clip before it
 * @param transitionFrames the transition's length (0 for a cut), at most the shorter of the two clips
 */
public record Clip(ClipId id, ShotId shot, @Nullable TakeId take, int inFrame, int outFrame, Transition transition,
        int transitionFrames) {

    public Clip {
        if (inFrame < 0 || outFrame <= inFrame || transitionFrames < 0
                || (transition == Transition.CUT && transitionFrames != 0)) {
            throw new CutChangeRefused("cut.error.trim");
        }
    }

    public int frames() {
        return outFrame - inFrame;
    }
}
