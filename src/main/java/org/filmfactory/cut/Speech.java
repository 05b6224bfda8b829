package org.filmfactory.cut;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.filmfactory.cut.internal.voice.OfflineVoice;

/**
 * The offline voice without Spring: espeak-ng (from a Maven jar, nothing installed) speaking English or Mandarin, for
 * the headless {@code render} command and under {@link Voices}. Thread-safe (calls into the native library are
 * serialised).
 */
public final class Speech {

    private Speech() {
    }

    /**
     * The default voice for a character in a language: stable per name, varied across a cast. Chinese gets
     * {@code espeak:cmn+<variant>}, anything else {@code espeak:en-us+<variant>}; the variant ({@code m1}…{@code m7},
     * {@code f1}…{@code f5}) is picked by a hash of the name (any case, extensions like {@code (V.O.)} left out).
     */
    public static String defaultVoice(String character, Locale language) {
        return OfflineVoice.defaultVoice(character, language);
    }

    /**
     * Speaks {@code text} with an offline voice ({@code espeak:…} id) into a WAV at {@code target}: 22 050 Hz, mono,
     * 16-bit PCM, written whole before it appears (replacing a file that is there). The same text and voice always
     * give the same bytes. Control characters and line breaks are read as spaces. The first call extracts espeak-ng
     * from the class path into {@code ~/.cache/filmfactory} (or the temporary folder) once per version.
     *
     * @return how long it lasts
     * @throws IllegalArgumentException when the voice is not an {@code espeak:} voice of
     *     {@code en-us}/{@code en-gb}/{@code cmn} (with an optional variant {@code +m1}…{@code +m7},
     *     {@code +f1}…{@code +f5}), the text has nothing to say (no letter or digit) or is longer than 4 000 characters
     * @throws IOException when the native voice cannot be loaded or the file cannot be written
     */
    public static Duration speak(String text, String voiceId, Path target) throws IOException {
        return OfflineVoice.speak(text, voiceId, target);
    }
}
