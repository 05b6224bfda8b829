package org.filmfactory.breakdown.ui;

import java.time.Duration;
import org.filmfactory.breakdown.CameraMove;
import org.filmfactory.breakdown.ShotType;

/** What a director asked for on the selected shot. */
sealed interface ShotEdit {

    record Retype(ShotType type) implements ShotEdit {
    }

    record Retime(Duration duration) implements ShotEdit {
    }

    record ChangeMove(CameraMove move) implements ShotEdit {
    }

    record Describe(String description) implements ShotEdit {
    }

    /** Earlier (negative) or later in the scene. */
    record Reorder(int steps) implements ShotEdit {
    }

    record Split() implements ShotEdit {
    }

    record MergeWithNext() implements ShotEdit {
    }

    record Delete() implements ShotEdit {
    }

    record AddAfter() implements ShotEdit {
    }
}
