package org.filmfactory.take.internal.settings;

import java.time.Duration;

/**
 * What one generation used at a provider: HTTP requests sent, pictures and seconds of video made. Costs follow from
 * the backend's prices in the project's settings.
 */
public record Usage(int requests, int images, Duration video) {

    public static final Usage NONE = new Usage(0, 0, Duration.ZERO);

    public Usage {
        if (requests < 0 || images < 0 || video.isNegative()) {
            throw new IllegalArgumentException("usage is never negative");
        }
    }
}
