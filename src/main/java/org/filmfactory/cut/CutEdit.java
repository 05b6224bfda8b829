package org.filmfactory.cut;

import org.filmfactory.take.TakeId;
import org.jspecify.annotations.Nullable;

/**
 * One change to the cut, named by clip ids rather than positions, so an edit made on an older revision still means
 * the same thing after other editors' changes (the cut rebases it) — or is refused when its clip is gone.
 */
public sealed interface CutEdit {

    /** Moves a clip so it ends up at {@code toIndex} (0-based, clamped to the list). */
    record Move(ClipId clip, int toIndex) implements CutEdit {
    }

    /** Sets a clip's in and out frames within its take (out exclusive). */
    record Trim(ClipId clip, int inFrame, int outFrame) implements CutEdit {
    }

    /** Sets how a clip starts after the one before it. */
    record ChangeTransition(ClipId clip, Transition transition, int frames) implements CutEdit {
    }

    /**
     * Splits a clip in two at {@code atFrame} frames after its in point (1 … length-1): the first half keeps the id,
     * the second gets a new one and a straight cut.
     */
    record Split(ClipId clip, int atFrame) implements CutEdit {
    }

    /** Removes a clip; the ones after it move up (ripple). */
    record RippleDelete(ClipId clip) implements CutEdit {
    }

    /** Shows another take of the clip's shot (null: none), keeping the trim when it fits and clamping it when not. */
    record UseTake(ClipId clip, @Nullable TakeId take) implements CutEdit {
    }

    record ChangeTitleCard(Card card) implements CutEdit {
    }

    record ChangeEndCard(Card card) implements CutEdit {
    }
}
