package org.filmfactory.cut;

import org.filmfactory.platform.MediaKey;

/**
 * The media behind one clip of the cut, for the render and the timeline's filmstrip (which do not know takes).
 *
 * @param clip the clip
 * @param file the take's video in the media store
 * @param thumbnail a small still of the take
 * @param fps the take's frame rate
 * @param frames the take's frame count
 * @param width pixels
 * @param height pixels
 * @param identity changes whenever the picture would (the take id): a render reuses a segment only when the
 *     identities of everything in it are unchanged
 */
public record ClipMedia(ClipId clip, MediaKey file, MediaKey thumbnail, int fps, long frames, int width, int height,
        String identity) {
}
