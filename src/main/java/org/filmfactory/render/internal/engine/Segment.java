package org.filmfactory.render.internal.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.filmfactory.cut.Card;
import org.filmfactory.cut.Transition;
import org.filmfactory.platform.EncoderSettings;
import org.filmfactory.render.ClipSource;
import org.filmfactory.render.RenderPlan;

/**
 * One stretch of the film's frames, {@code from} (inclusive) to {@code to} (exclusive), rendered and encoded on its
 * own and kept in the segment cache under {@code key}.
 *
 * <p>The key is the SHA-256 of everything that shapes the segment's pictures: the drawing's version, the preset and
 * encoder settings, the range, and the identity, in-frame, placement and transitions of every clip, card and burned cue
 * whose pictures reach into the range (a clip's fade-out belongs to it, so the next clip's dip to black is part of its
 * description). Anything else (labels, other segments' clips, the sound) leaves the key alone: after a change only the
 * segments it touches are drawn again.
 */
record Segment(int index, int from, int to, String key) {

    /** Bump when the drawing changes, so that segments drawn by older code are not reused. */
    static final String DRAWING_VERSION = "film-engine/1";

    int frames() {
        return to - from;
    }

    /** The plan's frames in segments of {@code segmentFrames} (the last one shorter). */
    static List<Segment> split(RenderPlan plan, EncoderSettings encoder, int segmentFrames) {
        var segments = new ArrayList<Segment>();
        for (var from = 0; from < plan.frames(); from += segmentFrames) {
            var to = Math.min(plan.frames(), from + segmentFrames);
            segments.add(new Segment(segments.size(), from, to, key(plan, encoder, from, to)));
        }
        return segments;
    }

    static String key(RenderPlan plan, EncoderSettings encoder, int from, int to) {
        var text = new StringBuilder(512);
        var preset = plan.preset();
        field(text, DRAWING_VERSION);
        field(text, preset.id(), preset.width(), preset.height(), preset.fps(), preset.maxVideoKbps());
        field(text, encoder.preset(), encoder.crf());
        field(text, "range", from, to);
        var clips = plan.clips();
        var title = plan.title();
        if (title.shown()) {
            // the title shows until its last frame and, under a first clip that crossfades in, as long as that lasts
            var first = clips.isEmpty() ? null : clips.getFirst();
            var reach = title.frames()
                    + (first != null && first.transition() == Transition.CROSSFADE ? first.transitionFrames() : 0);
            if (overlaps(0, reach, from, to)) {
                card(text, "title", title, 0);
                if (first != null) {
                    field(text, "then", first.transition(), first.transitionFrames());
                }
            }
        }
        for (var i = 0; i < clips.size(); i++) {
            var clip = clips.get(i);
            if (!overlaps(clip.start(), clip.start() + clip.frames(), from, to)) {
                continue;
            }
            field(text, "clip", i == 0 ? "first" : "next", kind(clip.source()), clip.source().identity(),
                    clip.inFrame(), clip.start(), clip.frames(), clip.transition(), clip.transitionFrames());
            if (clip.source() instanceof ClipSource.Painted painted) {
                field(text, "painted", painted.width(), painted.height());
            } else if (clip.source() instanceof ClipSource.Slate slate) {
                field(text, "slate", slate.text());
            }
            if (i == 0 && clip.transition() != Transition.CUT) {
                field(text, "after title", title.shown());
            }
            if (i + 1 < clips.size()) {
                var next = clips.get(i + 1);
                field(text, "followed by", next.transition(), next.transitionFrames());
            }
        }
        var end = plan.end();
        if (end.shown() && overlaps(plan.endStart(), plan.endStart() + end.frames(), from, to)) {
            card(text, "end", end, plan.endStart());
        }
        if (plan.burnSubtitles()) {
            for (var cue : plan.cues()) {
                if (overlaps(cue.start(), cue.end(), from, to)) {
                    field(text, "cue", cue.start(), cue.end(), cue.text());
                }
            }
        }
        return sha256(text.toString());
    }

    private static void card(StringBuilder text, String which, Card card, int start) {
        field(text, which, start, card.frames(), card.background(), card.foreground(), card.text());
    }

    private static String kind(ClipSource source) {
        return switch (source) {
            case ClipSource.VideoFile file -> "file";
            case ClipSource.Painted painted -> "painted";
            case ClipSource.Slate slate -> "slate";
        };
    }

    static boolean overlaps(int start, int end, int from, int to) {
        return start < to && end > from;
    }

    /** Fields separated so that no two different descriptions read the same (lengths before free text). */
    private static void field(StringBuilder text, Object... values) {
        for (var value : values) {
            var string = String.valueOf(value);
            text.append(string.length()).append(':').append(string).append(';');
        }
        text.append('\n');
    }

    private static String sha256(String text) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
