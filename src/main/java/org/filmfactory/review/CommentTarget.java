package org.filmfactory.review;

import org.filmfactory.breakdown.ShotId;
import org.filmfactory.take.TakeId;
import org.jspecify.annotations.Nullable;

/** What a comment is about. */
public sealed interface CommentTarget {

    /**
     * A take, optionally at one of its frames (an integer frame number, from 0, never seconds) and optionally with a
     * drawing on that frame.
     */
    record OnTake(ShotId shotId, TakeId takeId, @Nullable Long frame, @Nullable Drawing drawing)
            implements CommentTarget {
    }

    /** A shot as a whole. */
    record OnShot(ShotId shotId) implements CommentTarget {
    }

    /**
     * Lines of the script: the text between {@code from} and {@code to} (UTF-16 offsets) of script revision
     * {@code revision}, which was {@code quote} then. Read back, the range is where that text is now; {@code gone}
     * says its text was deleted since.
     */
    record OnScript(long revision, int from, int to, String quote, boolean gone) implements CommentTarget {
    }
}
