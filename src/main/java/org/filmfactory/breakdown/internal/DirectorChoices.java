package org.filmfactory.breakdown.internal;

import java.time.Duration;
import org.filmfactory.breakdown.CameraMove;
import org.filmfactory.breakdown.ShotType;
import org.jspecify.annotations.Nullable;

/**
 * What a director chose for a shot; each value set here wins over the rules' value and is kept through every later
 * script revision. Null means "as the rules say".
 */
public record DirectorChoices(@Nullable ShotType type, @Nullable Duration duration, @Nullable CameraMove move,
        @Nullable String description) {

    public static final DirectorChoices NONE = new DirectorChoices(null, null, null, null);

    public boolean isEmpty() {
        return type == null && duration == null && move == null && description == null;
    }

    public DirectorChoices withType(ShotType newType) {
        return new DirectorChoices(newType, duration, move, description);
    }

    public DirectorChoices withDuration(Duration newDuration) {
        return new DirectorChoices(type, newDuration, move, description);
    }

    public DirectorChoices withMove(CameraMove newMove) {
        return new DirectorChoices(type, duration, newMove, description);
    }

    public DirectorChoices withDescription(String newDescription) {
        return new DirectorChoices(type, duration, move, newDescription);
    }

    /** The values that count: the director's where chosen, the rules' elsewhere. */
    public ShotValues over(ShotValues rules) {
        return new ShotValues(type != null ? type : rules.type(), rules.subjects(),
                description != null ? description : rules.description(),
                duration != null ? duration : rules.duration(), move != null ? move : rules.move());
    }
}
