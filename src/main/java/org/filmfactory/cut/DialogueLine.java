package org.filmfactory.cut;

import org.filmfactory.platform.MediaKey;
import org.jspecify.annotations.Nullable;

/**
 * One line of the script's dialogue, once per speaker and text, for the sound screen.
 *
 * @param lineKey the line's key ({@link TimedLine#lineKey()}), what a recording is uploaded for
 * @param character who speaks
 * @param text what is said (parentheticals left out)
 * @param recording the recording uploaded for it, or null when a voice speaks it
 */
public record DialogueLine(String lineKey, String character, String text, @Nullable MediaKey recording) {
}
