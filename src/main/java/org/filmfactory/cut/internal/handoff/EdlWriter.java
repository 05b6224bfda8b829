package org.filmfactory.cut.internal.handoff;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import org.filmfactory.cut.ClipId;
import org.filmfactory.cut.CutSnapshot;
import org.jspecify.annotations.Nullable;

/**
 * Writes the picture of a cut as a CMX3600 EDL: {@code TITLE:}, {@code FCM: NON-DROP FRAME}, then one event per clip
 * in record order with source in/out (the take's own timecode from 00:00:00:00, at the project's rate) and record
 * in/out (the film from 01:00:00:00). Transitions as {@link Layout} lays them out: a crossfade is a {@code D} event of
 * its length from the outgoing clip (a zero-length cut at its cut point) to the incoming one; a dip to black is a
 * dissolve into black ({@code BL}) and one out of it. Takes are on reel {@code AX} with the file named in
 * {@code * FROM CLIP NAME:} and {@code * SOURCE FILE:} comments; a clip without a take is black. The title and end
 * cards are left as room on the record side. EDLs are ASCII: names are folded to it and anything else becomes
 * {@code _}.
 */
final class EdlWriter {

    static final int RECORD_START_HOURS = 1;
    private static final int MAX_NAME = 64;
    private static final String AUX = "AX";
    private static final String BLACK = "BL";

    private EdlWriter() {
    }

    static byte[] write(String title, CutSnapshot cut, Map<ClipId, HandoffClip> clips) {
        int fps = cut.fps();
        long base = RECORD_START_HOURS * 3600L * fps;
        var edl = new StringBuilder();
        edl.append("TITLE: ").append(safe(title, 70)).append('\n');
        edl.append("FCM: NON-DROP FRAME\n");
        var placed = Layout.of(cut);
        int event = 0;
        for (int i = 0; i < placed.size(); i++) {
            var at = placed.get(i);
            var about = clips.get(at.clip().id());
            edl.append('\n');
            switch (at.incoming()) {
                case CUT -> {
                    event++;
                    line(edl, event, reel(about), "C", 0, at.sourceIn(), at.sourceOut(), base + at.record(),
                            base + at.record() + at.frames(), fps);
                    comments(edl, about, null);
                }
                case CROSSFADE -> {
                    var before = placed.get(i - 1);
                    var from = clips.get(before.clip().id());
                    event++;
                    line(edl, event, reel(from), "C", 0, before.sourceOut(), before.sourceOut(), base + at.record(),
                            base + at.record(), fps);
                    line(edl, event, reel(about), "D", at.incomingFrames(), at.sourceIn(), at.sourceOut(),
                            base + at.record(), base + at.record() + at.frames(), fps);
                    comments(edl, from, about);
                }
                case DIP_TO_BLACK -> {
                    var before = placed.get(i - 1);
                    var from = clips.get(before.clip().id());
                    int out = at.incomingFrames() / 2;
                    int in = at.incomingFrames() - out;
                    if (out > 0) {
                        event++;
                        long cutPoint = base + before.record() + before.frames();
                        line(edl, event, reel(from), "C", 0, before.sourceOut(), before.sourceOut(), cutPoint,
                                cutPoint, fps);
                        line(edl, event, BLACK, "D", out, 0, out, cutPoint, cutPoint + out, fps);
                        comments(edl, from, null);
                        edl.append('\n');
                    }
                    event++;
                    line(edl, event, BLACK, "C", 0, out, out, base + at.record(), base + at.record(), fps);
                    line(edl, event, reel(about), "D", in, at.sourceIn(), at.sourceOut(), base + at.record(),
                            base + at.record() + at.frames(), fps);
                    comments(edl, null, about);
                }
            }
        }
        return edl.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static String reel(HandoffClip clip) {
        return clip.file() == null ? BLACK : AUX;
    }

    private static void line(StringBuilder edl, int event, String reel, String kind, int frames, long sourceIn,
            long sourceOut, long recordIn, long recordOut, int fps) {
        edl.append(String.format(Locale.ROOT, "%03d  %-8s %-5s %-4s %3s %s %s %s %s\n", event, reel, "V", kind,
                frames == 0 ? "" : String.format(Locale.ROOT, "%03d", frames), timecode(sourceIn, fps),
                timecode(sourceOut, fps), timecode(recordIn, fps), timecode(recordOut, fps)));
    }

    private static void comments(StringBuilder edl, @Nullable HandoffClip from,
            @Nullable HandoffClip to) {
        if (from != null) {
            edl.append("* FROM CLIP NAME: ").append(safe(from.name(), MAX_NAME)).append('\n');
        }
        if (to != null) {
            edl.append(from == null ? "* FROM CLIP NAME: " : "* TO CLIP NAME: ").append(safe(to.name(), MAX_NAME))
                    .append('\n');
        }
        var file = to != null ? to.file() : from != null ? from.file() : null;
        if (file != null) {
            edl.append("* SOURCE FILE: ").append(safe(file, MAX_NAME)).append('\n');
        }
    }

    /** Non-drop-frame timecode {@code HH:MM:SS:FF} of a frame count at a whole frame rate. */
    static String timecode(long frame, int fps) {
        long seconds = frame / fps;
        return String.format(Locale.ROOT, "%02d:%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60,
                frame % fps);
    }

    /**
     * A name an EDL reader takes: accents folded away ({@code Café} → {@code Cafe}), every run of anything else
     * outside printable ASCII a single {@code _}, spaces collapsed, at most {@code max} characters.
     */
    static String safe(String name, int max) {
        var folded = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        var ascii = folded.replaceAll("\\s+", " ").replaceAll("[^\\x20-\\x7e]+", "_").strip();
        return ascii.length() <= max ? ascii : ascii.substring(0, max).stripTrailing();
    }
}
