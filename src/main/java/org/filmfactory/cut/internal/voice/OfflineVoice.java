package org.filmfactory.cut.internal.voice;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;

/** What {@link org.filmfactory.cut.Speech} does: the espeak-ng voices, their defaults per character, WAV files. */
public final class OfflineVoice {

    private static final Pattern EXTENSION = Pattern.compile("\\s*[(（][^)）]*[)）]\\s*");

    private OfflineVoice() {
    }

    /**
     * The default voice of a character: the language's first voice with a variant picked by a hash of the name
     * (upper case, without extensions like {@code (V.O.)}), so the same name always gets the same voice and a cast
     * spreads over the twelve variants.
     */
    public static String defaultVoice(String character, Locale language) {
        var name = EXTENSION.matcher(character).replaceAll(" ").strip().toUpperCase(Locale.ROOT);
        var hash = sha256(name);
        int pick = Math.floorMod(((hash[0] & 0xff) << 24) | ((hash[1] & 0xff) << 16) | ((hash[2] & 0xff) << 8)
                | (hash[3] & 0xff), EspeakVoice.VARIANTS.size());
        return new EspeakVoice(EspeakVoice.languagesFor(language).getFirst(), EspeakVoice.VARIANTS.get(pick)).id();
    }

    /** Speaks {@code text} with an {@code espeak:} voice into a 22 050 Hz mono 16-bit WAV at {@code target}. */
    public static Duration speak(String text, String voiceId, Path target) throws IOException {
        var voice = EspeakVoice.parse(voiceId)
                .orElseThrow(() -> new IllegalArgumentException("not an offline voice: " + voiceId));
        var samples = Espeak.process().speak(SpokenText.clean(text), voice);
        Wav.write(samples, Espeak.SAMPLE_RATE, target);
        return Wav.duration(samples.length, Espeak.SAMPLE_RATE);
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
