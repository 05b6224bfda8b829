package org.filmfactory.take.internal.settings;

import org.filmfactory.platform.InvalidInput;

/**
 * A value in the generation settings form is out of bounds; {@link #field()} names the field ({@code budget},
 * {@code openai-images.url}, {@code comfyui.options}…), so the screen shows the message beside it. Nothing is saved.
 */
public final class InvalidGenerationSetting extends InvalidInput {

    public InvalidGenerationSetting(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
