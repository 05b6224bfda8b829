package org.filmfactory.factory;

import java.util.Objects;

/**
 * The two messages sent to the chat backend to write a screenplay, with placeholders filled in from the idea:
 * {@code {logline}}, {@code {seconds}}, {@code {tone}}, {@code {platform}}, {@code {language}}, {@code {scenes}}
 * (a suggested number of scenes) and {@code {words}} (about how many words, or Chinese characters, of dialogue fit
 * the length).
 *
 * @param system the instructions (the "system" message)
 * @param user the request (the "user" message)
 * @param edited whether the project's writers changed them (false: the studio's defaults for its language)
 */
public record PromptTemplates(String system, String user, boolean edited) {

    /** The longest template accepted, in characters. */
    public static final int MAX_LENGTH = 8000;

    public PromptTemplates {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(user, "user");
    }
}
