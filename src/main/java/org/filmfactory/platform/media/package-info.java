/**
 * The only code that touches JavaCV/FFmpeg ({@code org.bytedeco}): the natives loaded once with FFmpeg's own log
 * silenced, the libx264 recorder, frame-exact decoding and the decoding probe behind the platform's
 * {@link org.filmfactory.platform.VideoEncoder}, {@link org.filmfactory.platform.Stills} and
 * {@link org.filmfactory.platform.DecodingMediaProbe}.
 */
@NullMarked
package org.filmfactory.platform.media;

import org.jspecify.annotations.NullMarked;
