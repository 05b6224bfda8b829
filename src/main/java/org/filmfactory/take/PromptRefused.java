package org.filmfactory.take;

import org.filmfactory.platform.InvalidInput;

/** An edited prompt is longer than a generator takes; nothing was queued. */
public final class PromptRefused extends InvalidInput {

    public PromptRefused(int maxLength) {
        super("prompt", "take.error.prompt-too-long", maxLength);
    }
}
