package org.filmfactory.take.internal.settings;

import org.filmfactory.platform.UserFacingException;

/** The project's chosen generator is not installed on this studio (argument: its id). */
public final class GeneratorUnavailable extends UserFacingException {

    public GeneratorUnavailable(String generatorId) {
        super("take.generator-unavailable", generatorId);
    }
}
