package org.filmfactory.cut;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * The offline voice without Spring: espeak-ng (from a Maven jar, nothing installed) speaking English or Mandarin, for
 * the headless {@code render} command and under {@link Voices}. Thread-safe (calls into the native library are
 * serialised).
 */
public final class Speech {

    private Speech() {
    }

    /** The default voice for a character in a language: stable per name, varied across a cast. */
    public static String defaultVoice(String character, Locale language) {
        throw new UnsupportedOperationException("not built yet");
    }

    /**
     * Speaks {@code text} with an offline voice ({@code espeak:…} id) into a WAV at {@code target}.
     *
     * @return how long it lasts
     * @throws IOException when the native voice cannot be loaded or the file cannot be written
     */
    public static Duration speak(String text, String voiceId, Path target) throws IOException {
        throw new UnsupportedOperationException("not built yet");
    }
}
