package org.filmfactory.breakdown.internal;

import java.time.Duration;
import java.util.List;
import org.filmfactory.breakdown.CameraMove;
import org.filmfactory.breakdown.ShotType;

/** What a shot is: the values the rules give it, before any director's choice. */
public record ShotValues(ShotType type, List<String> subjects, String description, Duration duration,
        CameraMove move) {

    public ShotValues {
        subjects = List.copyOf(subjects);
    }
}
