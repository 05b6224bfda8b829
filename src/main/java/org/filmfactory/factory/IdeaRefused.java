package org.filmfactory.factory;

import org.filmfactory.platform.InvalidInput;

/**
 * An idea or a prompt template that cannot be written from; {@link #field()} names the form field: logline,
 * language, length, tone, name, system or user.
 */
public final class IdeaRefused extends InvalidInput {

    public IdeaRefused(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
