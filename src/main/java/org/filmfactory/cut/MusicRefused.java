package org.filmfactory.cut;

import org.filmfactory.platform.UserFacingException;

/** A music change that cannot be made ({@code cut.music.no-track}, {@code cut.music.gain-range}); nothing changed. */
public final class MusicRefused extends UserFacingException {

    public MusicRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
