package org.filmfactory.breakdown;

import java.time.Duration;
import org.filmfactory.platform.UserFacingException;

/** A director's edit that would leave the shot list wrong; nothing was changed. */
public class ShotChangeRefused extends UserFacingException {

    public ShotChangeRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    public static ShotChangeRefused duration(Duration min, Duration max) {
        return new ShotChangeRefused("breakdown.error.duration", min.toMillis() / 1000.0, max.toSeconds());
    }

    public static ShotChangeRefused description(int maxLength) {
        return new ShotChangeRefused("breakdown.error.description", maxLength);
    }

    public static ShotChangeRefused noNextShot() {
        return new ShotChangeRefused("breakdown.error.no-next-shot");
    }
}
