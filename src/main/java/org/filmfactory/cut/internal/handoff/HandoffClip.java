package org.filmfactory.cut.internal.handoff;

import org.jspecify.annotations.Nullable;

/**
 * What the exports say about one clip besides its place in the cut.
 *
 * @param name what an editor sees on the clip ("1.2 Maya brakes"); may hold any script's letters
 * @param file the take file's name as handed over with the export ({@code s001-shot02-take-3f0c1a2b.mp4}), or null
 *     when the clip has no take (the film shows a black slate there)
 * @param fps the take's frame rate
 * @param frames the take's length in its own frames
 */
record HandoffClip(String name, @Nullable String file, int fps, long frames) {
}
