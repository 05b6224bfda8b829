package org.filmfactory.cut.internal.handoff;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.filmfactory.cut.TimedLine;

/**
 * Writes the dialogue as SubRip (UTF-8): one cue per timed line in film order, from its start to the end of its
 * voice, times rounded to the millisecond from frames at the project's rate. Blank lines inside a text would end a
 * cue, so they are left out.
 */
final class SrtWriter {

    private SrtWriter() {
    }

    static byte[] write(List<TimedLine> lines, int fps) {
        var srt = new StringBuilder();
        var sorted = lines.stream().sorted(Comparator.comparingInt(TimedLine::startFrame)).toList();
        int number = 0;
        for (var line : sorted) {
            var text = line.text().strip().replaceAll("\\s*\\R\\s*", "\n");
            if (text.isEmpty()) {
                continue;
            }
            number++;
            srt.append(number).append('\n').append(time(line.startFrame(), fps)).append(" --> ")
                    .append(time(line.startFrame() + line.frames(), fps)).append('\n').append(text).append("\n\n");
        }
        return srt.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** {@code HH:MM:SS,mmm} of a film frame. */
    static String time(long frame, int fps) {
        long millis = Math.round(frame * 1000.0 / fps);
        return String.format(Locale.ROOT, "%02d:%02d:%02d,%03d", millis / 3_600_000, millis / 60_000 % 60,
                millis / 1000 % 60, millis % 1000);
    }
}
