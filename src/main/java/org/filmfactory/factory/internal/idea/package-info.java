/**
 * Writing a screenplay from an idea through an OpenAI-compatible chat backend: the backend behind {@link
 * org.filmfactory.factory.internal.idea.ChatBackend}, the prompt templates (the studio's defaults per language and
 * each project's edited ones), pulling the Fountain text out of the answer and checking it, and the record of what
 * each written version used and cost.
 */
@NullMarked
package org.filmfactory.factory.internal.idea;

import org.jspecify.annotations.NullMarked;
