package org.filmfactory.take.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.filmfactory.breakdown.Shot;

/**
 * What a shot is, in 64 hex digits: a SHA-256 over its type, camera move, duration, description, subjects and the
 * text of the script lines it covers. A take keeps the fingerprint of the shot it was made from; when the shot's
 * fingerprint differs now, the take is out of date. The shot's number and place are left out on purpose: moving a
 * shot or inserting one before it changes nothing in its pictures.
 */
public final class Fingerprints {

    private Fingerprints() {
    }

    public static String of(Shot shot, List<String> linesAsWritten) {
        var text = new StringBuilder();
        text.append(shot.type().name()).append('\u0000')
                .append(shot.cameraMove().name()).append('\u0000')
                .append(shot.duration().toMillis()).append('\u0000')
                .append(shot.description()).append('\u0000')
                .append(String.join("\u0001", shot.subjects())).append('\u0000');
        linesAsWritten.forEach(line -> text.append(line.strip()).append('\u0001'));
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JDK has SHA-256", impossible);
        }
    }
}
