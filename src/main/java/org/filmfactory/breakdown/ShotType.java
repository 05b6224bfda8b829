package org.filmfactory.breakdown;

import java.util.Locale;

/** How much of the scene a shot frames. */
public enum ShotType {
    WIDE,
    MEDIUM,
    CLOSE_UP,
    EXTREME_CLOSE_UP,
    OVER_THE_SHOULDER,
    INSERT,
    POV,
    TWO_SHOT;

    /** The translation key of the type's name, e.g. {@code breakdown.type.close-up}. */
    public String key() {
        return "breakdown.type." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
