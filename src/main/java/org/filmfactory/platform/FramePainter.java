package org.filmfactory.platform;

import java.awt.Graphics2D;

/**
 * Draws one frame of a clip for {@link VideoEncoder}. Called once per frame, in frame order, always on the same
 * (drawing) thread for one encode, but not on the caller's thread.
 */
@FunctionalInterface
public interface FramePainter {

    /**
     * Draws frame {@code frame} (0-based). The graphics cover the whole picture of the clip's {@link VideoFormat}
     * (origin top left, one unit a pixel) of an image that was cleared to black; antialiasing for shapes and text is
     * already on. The painter must not keep {@code g} or the image behind it after returning: the image is reused.
     */
    void paint(Graphics2D g, int frame);
}
