package org.filmfactory.factory;

import org.filmfactory.platform.UserFacingException;

/**
 * A batch that cannot start as asked (no source, no preset, more films than the studio's limit, a name out of
 * bounds); nothing was created. Keys {@code factory.line.error.*}.
 */
public final class BatchRefused extends UserFacingException {

    public BatchRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
