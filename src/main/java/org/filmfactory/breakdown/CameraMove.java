package org.filmfactory.breakdown;

import java.util.Locale;

/** What the camera does during a shot; {@link #STATIC} unless a rule or a director says otherwise. */
public enum CameraMove {
    STATIC,
    PAN,
    TILT,
    DOLLY,
    TRACKING,
    HANDHELD,
    CRANE,
    ZOOM;

    /** The translation key of the move's name, e.g. {@code breakdown.move.handheld}. */
    public String key() {
        return "breakdown.move." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
