package org.filmfactory.render.internal.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Reads SRT and WebVTT back into cues (times in milliseconds), strictly: anything unexpected fails. */
final class SubtitleReading {

    private static final Pattern SRT_TIMES = Pattern.compile(
            "(\\d\\d):(\\d\\d):(\\d\\d),(\\d\\d\\d) --> (\\d\\d):(\\d\\d):(\\d\\d),(\\d\\d\\d)");
    private static final Pattern VTT_TIMES = Pattern.compile(
            "(\\d\\d):(\\d\\d):(\\d\\d)\\.(\\d\\d\\d) --> (\\d\\d):(\\d\\d):(\\d\\d)\\.(\\d\\d\\d)");

    record Read(long startMillis, long endMillis, String text) {
    }

    private SubtitleReading() {
    }

    static List<Read> srt(String file) {
        var cues = new ArrayList<Read>();
        var blocks = file.split("\n\n");
        for (var i = 0; i < blocks.length; i++) {
            if (blocks[i].isEmpty()) {
                continue;
            }
            var lines = blocks[i].split("\n");
            if (!lines[0].equals(Integer.toString(cues.size() + 1))) {
                throw new IllegalArgumentException("cue number " + lines[0]);
            }
            cues.add(cue(SRT_TIMES, lines[1], String.join("\n", List.of(lines).subList(2, lines.length))));
        }
        return cues;
    }

    static List<Read> vtt(String file) {
        if (!file.startsWith("WEBVTT\n\n")) {
            throw new IllegalArgumentException("no WEBVTT header");
        }
        var cues = new ArrayList<Read>();
        for (var block : file.substring("WEBVTT\n\n".length()).split("\n\n")) {
            if (block.isEmpty()) {
                continue;
            }
            var lines = block.split("\n");
            var text = String.join("\n", List.of(lines).subList(1, lines.length));
            if (text.contains("<") || text.contains(">") || text.contains("-->")) {
                throw new IllegalArgumentException("unescaped text " + text);
            }
            cues.add(cue(VTT_TIMES, lines[0],
                    text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")));
        }
        return cues;
    }

    private static Read cue(Pattern times, String line, String text) {
        var m = times.matcher(line);
        if (!m.matches()) {
            throw new IllegalArgumentException("times " + line);
        }
        return new Read(millis(m, 1), millis(m, 5), text);
    }

    private static long millis(java.util.regex.Matcher m, int group) {
        return Long.parseLong(m.group(group)) * 3_600_000 + Long.parseLong(m.group(group + 1)) * 60_000
                + Long.parseLong(m.group(group + 2)) * 1000 + Long.parseLong(m.group(group + 3));
    }
}
