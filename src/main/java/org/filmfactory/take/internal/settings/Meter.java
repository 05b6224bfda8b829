package org.filmfactory.take.internal.settings;

import java.time.Duration;

/**
 * Counts what one generation call uses while it runs: each HTTP request a backend sends, and the pictures and
 * video it gets back. One meter per call, used by that call's thread only.
 */
public final class Meter {

    private int requests;
    private int images;
    private Duration video = Duration.ZERO;

    public void request() {
        requests++;
    }

    public void image() {
        images++;
    }

    public void video(Duration length) {
        video = video.plus(length);
    }

    public Usage usage() {
        return new Usage(requests, images, video);
    }
}
