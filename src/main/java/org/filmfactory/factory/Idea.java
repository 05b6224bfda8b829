package org.filmfactory.factory;

import java.time.Duration;
import java.util.Objects;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.render.PlatformTarget;

/**
 * What a film is to be about, for writing its screenplay through the chat backend. Checked by {@link IdeaWriting}
 * ({@link IdeaRefused}), not here, so a form can show what is wrong beside the field.
 *
 * @param logline the story in a sentence or two
 * @param language the language the screenplay is written in
 * @param length the screen time asked for, {@link IdeaWriting#MIN_LENGTH} to {@link IdeaWriting#MAX_LENGTH}
 * @param tone the genre and tone ("dry comedy", "悬疑"); may be empty
 * @param platform where the film is going, for its pace and framing
 */
public record Idea(String logline, ScriptLanguage language, Duration length, String tone, PlatformTarget platform) {

    public Idea {
        Objects.requireNonNull(logline, "logline");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(length, "length");
        Objects.requireNonNull(tone, "tone");
        Objects.requireNonNull(platform, "platform");
    }
}
