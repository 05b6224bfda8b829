package org.filmfactory.cut.internal.voice;

import java.util.regex.Pattern;

/** What may be handed to a voice: text without control characters, not blank, not too long. */
public final class SpokenText {

    private static final Pattern CONTROLS = Pattern.compile("[\\p{Cntrl}\\p{Cs}\\x{FEFF}\\x{2028}\\x{2029}]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SAYABLE = Pattern.compile("[\\p{L}\\p{N}]");

    private SpokenText() {
    }

    /**
     * The text with control characters (line breaks, NUL, escape sequences, stray surrogates) turned into spaces and
     * runs of spaces made one.
     *
     * @throws IllegalArgumentException when nothing is left to say (no letter or digit), or it is longer than
     *     {@link Espeak#MAX_TEXT} characters
     */
    public static String clean(String text) {
        if (text.length() > Espeak.MAX_TEXT) {
            throw new IllegalArgumentException("Text to speak is " + text.length() + " characters long; at most "
                    + Espeak.MAX_TEXT + " are spoken at once");
        }
        var clean = SPACES.matcher(CONTROLS.matcher(text).replaceAll(" ")).replaceAll(" ").strip();
        if (!sayable(clean)) {
            throw new IllegalArgumentException("Nothing to speak in the text (no letter or digit)");
        }
        return clean;
    }

    /** Whether the text has anything a voice can pronounce. */
    public static boolean sayable(String text) {
        return SAYABLE.matcher(text).find();
    }
}
