package org.filmfactory.cut;

import org.filmfactory.breakdown.ShotId;
import org.filmfactory.platform.MediaKey;
import org.jspecify.annotations.Nullable;

/**
 * A dialogue line placed in the film: voice and subtitle share these times.
 *
 * @param clip the clip it is spoken in
 * @param shot that clip's shot
 * @param lineKey stable key of the line's text and speaker (a hash), what uploaded recordings and the voice cache hang on
 * @param character who speaks
 * @param text what is said (parentheticals left out)
 * @param startFrame the film frame where it starts
 * @param frames how long it is spoken
 * @param audio the voice in the media store: a made voice is a WAV (espeak-ng's are 22 050 Hz mono), an uploaded
 *     recording is kept as it was uploaded (WAV, MP3, M4A… — sound that FFmpeg decodes, probed as sound); null when
 *     the line has nothing to pronounce (then {@code frames} is one second)
 * @param overrun whether it runs past the end of its clip (the timeline flags it; nothing is cut off)
 */
public record TimedLine(ClipId clip, ShotId shot, String lineKey, String character, String text, int startFrame,
        int frames, @Nullable MediaKey audio, boolean overrun) {
}
