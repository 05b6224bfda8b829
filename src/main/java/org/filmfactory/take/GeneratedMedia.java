package org.filmfactory.take;

import java.nio.file.Path;

/**
 * What a {@link ShotGenerator} made, as local files in the work folder it was given. The take pipeline probes it,
 * animates a still by the shot's camera move, cuts the poster and thumbnail, and stores it in the media store.
 */
public sealed interface GeneratedMedia {

    /** A finished moving clip (H.264 MP4 in the project's format). */
    record Clip(Path video) implements GeneratedMedia {
    }

    /** One picture, to be animated by the shot's camera move over its duration. */
    record Still(Path image) implements GeneratedMedia {
    }
}
