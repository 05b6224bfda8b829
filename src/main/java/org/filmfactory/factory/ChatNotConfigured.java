package org.filmfactory.factory;

import org.filmfactory.platform.UserFacingException;

/**
 * No chat backend is configured, so the studio cannot write a screenplay from an idea. The message names the
 * settings to set ({@code filmfactory.factory.chat.base-url}, {@code .model}, {@code .api-key}).
 */
public final class ChatNotConfigured extends UserFacingException {

    public ChatNotConfigured() {
        super("factory.idea.error.not-configured", "filmfactory.factory.chat.base-url",
                "filmfactory.factory.chat.model", "filmfactory.factory.chat.api-key");
    }
}
