package org.filmfactory.factory;

import org.filmfactory.platform.UserFacingException;

/** "Make film" on a project whose script is empty or has no shot: there is nothing to film yet. */
public final class NothingToFilm extends UserFacingException {

    public NothingToFilm() {
        super("factory.make.error.no-script");
    }
}
