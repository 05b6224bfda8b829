package org.filmfactory.render.internal.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import org.filmfactory.render.RenderPlan;

/**
 * The cues beside the film as SubRip and WebVTT, UTF-8 with {@code \n} line ends. Times come from frames at the
 * film's rate, rounded to the millisecond. A cue's text keeps its lines; blank lines inside it are dropped (a blank
 * line ends a cue in both formats). WebVTT escapes {@code &}, {@code <} and {@code >} (so no text reads as a tag or as
 * {@code -->}); SubRip has no escaping, only {@code -->} is broken up. Empty cues are left out.
 */
final class SubtitleFiles {

    private SubtitleFiles() {
    }

    static String srt(List<RenderPlan.Cue> cues, int fps) {
        var out = new StringBuilder();
        var number = 0;
        for (var cue : cues) {
            var text = lines(cue.text()).replace("-->", "->");
            if (text.isEmpty()) {
                continue;
            }
            out.append(++number).append('\n')
                    .append(time(cue.start(), fps, ',')).append(" --> ").append(time(cue.end(), fps, ','))
                    .append('\n').append(text).append("\n\n");
        }
        return out.toString();
    }

    static String vtt(List<RenderPlan.Cue> cues, int fps) {
        var out = new StringBuilder("WEBVTT\n\n");
        for (var cue : cues) {
            var text = lines(cue.text()).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
            if (text.isEmpty()) {
                continue;
            }
            out.append(time(cue.start(), fps, '.')).append(" --> ").append(time(cue.end(), fps, '.')).append('\n')
                    .append(text).append("\n\n");
        }
        return out.toString();
    }

    /** {@code HH:MM:SS,mmm} (SubRip) or {@code HH:MM:SS.mmm} (WebVTT) of a frame. */
    static String time(int frame, int fps, char separator) {
        var millis = Math.round(frame * 1000.0 / fps);
        return String.format(Locale.ROOT, "%02d:%02d:%02d%c%03d", millis / 3_600_000, millis / 60_000 % 60,
                millis / 1000 % 60, separator, millis % 1000);
    }

    static void write(Path target, String text) throws IOException {
        var folder = target.toAbsolutePath().getParent();
        var temp = Files.createTempFile(folder, "." + target.getFileName() + ".", ".part");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static String lines(String text) {
        return text.strip().lines().map(String::strip).filter(line -> !line.isEmpty())
                .reduce((a, b) -> a + "\n" + b).orElse("");
    }
}
