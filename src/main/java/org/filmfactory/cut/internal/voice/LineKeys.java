package org.filmfactory.cut.internal.voice;

import java.util.HexFormat;
import java.util.regex.Pattern;

/** The hashes lines are known by: of speaker and text (the line), and of voice, speaker and text (a made voice). */
final class LineKeys {

    static final Pattern LINE_KEY = Pattern.compile("[0-9a-f]{32}");

    private LineKeys() {
    }

    /** A dialogue line: who says what (128 bits of SHA-256, hex). */
    static String line(String character, String text) {
        return hash("line\n" + character + "\n" + text);
    }

    /** A line spoken by one voice: what the voice cache is keyed by. */
    static String made(String voiceId, String character, String text) {
        return hash("voice\n" + voiceId + "\n" + character + "\n" + text);
    }

    private static String hash(String text) {
        return HexFormat.of().formatHex(OfflineVoice.sha256(text), 0, 16);
    }
}
