/**
 * The production line: the whole path from a screenplay to a film in one go, in the studio ("Make film") and headless
 * (the {@code render} command), batches of films, and new films from an idea: a screenplay written by a configured
 * OpenAI-compatible chat backend ({@link org.filmfactory.factory.IdeaWriting}). Publishes
 * {@link org.filmfactory.factory.FilmMade}.
 */
@ApplicationModule(allowedDependencies = {"render", "cut", "take", "breakdown", "screenplay", "fountain", "collab",
        "account",
        "project", "project :: ui", "platform", "platform :: ui"})
@NullMarked
package org.filmfactory.factory;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
