/**
 * Per-project generation settings and their use at generation time: which {@link org.filmfactory.take.ShotGenerator}
 * a project uses ({@link org.filmfactory.take.internal.settings.ProjectGenerators}), each AI backend's address, model,
 * API key (sealed with AES-GCM, never shown back) and prices, the project's style line and the prompt built from the
 * script, and the usage and cost per member against the owner's budget. The owner edits them through
 * {@link org.filmfactory.take.internal.settings.GenerationSetup}.
 */
@NullMarked
package org.filmfactory.take.internal.settings;

import org.jspecify.annotations.NullMarked;
