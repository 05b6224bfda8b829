/**
 * The AI backends, each a {@link org.filmfactory.take.ShotGenerator} bean speaking HTTP with the JDK's client: an
 * OpenAI-compatible images API ({@code openai-images}), an asynchronous video job API ({@code video-jobs}) and a
 * ComfyUI server ({@code comfyui}). {@link org.filmfactory.take.internal.backend.ProviderClient} holds what they share:
 * timeouts, retries with backoff and jitter, {@code Retry-After}, capped replies streamed to memory or disk, and
 * failures attributed to the shot, stage and provider.
 */
@NullMarked
package org.filmfactory.take.internal.backend;

import org.jspecify.annotations.NullMarked;
