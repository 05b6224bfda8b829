package org.filmfactory.cut.internal.handoff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.filmfactory.cut.Card;
import org.filmfactory.cut.ClipId;
import org.filmfactory.cut.CutSnapshot;
import org.filmfactory.cut.TimedLine;
import org.filmfactory.cut.Transition;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a cut as OpenTimelineIO JSON with the schema versions of OTIO 0.18 ({@code Timeline.1}, {@code Stack.1},
 * {@code Track.1}, {@code Clip.2}, {@code Gap.1}, {@code Transition.1}, {@code ExternalReference.1},
 * {@code MissingReference.1}, {@code RationalTime.1}, {@code TimeRange.1}, {@code Marker.2}), which Resolve, Premiere
 * (through its OTIO importer) and Final Cut (through the OTIO FCPXML adapter) read. Times are at the project's frame
 * rate; the timeline starts at 01:00:00:00 like an editor's. UTF-8, names as they are.
 *
 * <p>Tracks: the picture ({@code Video}) with the title and end cards as gaps, crossfades and dips as
 * {@code SMPTE_Dissolve} transitions laid out as {@link Layout} says (a dip dissolves into a short gap and out of it);
 * the dialogue ({@code Audio}) with each voice line at its time, a second track when lines overlap, and a red marker on
 * every line that runs past its clip. A clip without a take has a {@code MissingReference}.
 */
final class OtioWriter {

    static final String DEFAULT_MEDIA = "DEFAULT_MEDIA";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private OtioWriter() {
    }

    static byte[] write(String title, CutSnapshot cut, Map<ClipId, HandoffClip> clips, List<TimedLine> lines) {
        int fps = cut.fps();
        var timeline = JSON.createObjectNode();
        timeline.put("OTIO_SCHEMA", "Timeline.1");
        timeline.putObject("metadata").putObject("filmfactory")
                .put("project", cut.project().toString()).put("revision", cut.revision());
        timeline.put("name", title);
        timeline.set("global_start_time", time(3600L * fps, fps));
        var stack = composition("Stack.1", "tracks");
        timeline.set("tracks", stack);
        var tracks = (ArrayNode) stack.get("children");
        tracks.add(video(cut, clips));
        for (var track : dialogue(cut, lines)) {
            tracks.add(track);
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(timeline);
    }

    private static ObjectNode video(CutSnapshot cut, Map<ClipId, HandoffClip> clips) {
        int fps = cut.fps();
        var track = composition("Track.1", "Video 1");
        track.put("kind", "Video");
        var children = (ArrayNode) track.get("children");
        if (cut.title().shown()) {
            children.add(gap(card(cut.title()), cut.title().frames(), fps));
        }
        var placed = Layout.of(cut);
        for (int i = 0; i < placed.size(); i++) {
            var at = placed.get(i);
            switch (at.incoming()) {
                case CROSSFADE -> children.add(transition(at.incomingFrames(), Transition.CROSSFADE, fps));
                case DIP_TO_BLACK -> {
                    int out = at.incomingFrames() / 2;
                    if (out > 0) {
                        children.add(transition(out, Transition.DIP_TO_BLACK, fps));
                        children.add(gap("", out, fps));
                    }
                    children.add(transition(at.incomingFrames() - out, Transition.DIP_TO_BLACK, fps));
                }
                case CUT -> {
                }
            }
            children.add(clip(at, clips.get(at.clip().id()), fps));
        }
        if (cut.end().shown()) {
            children.add(gap(card(cut.end()), cut.end().frames(), fps));
        }
        return track;
    }

    private static ObjectNode clip(Layout.Placed at, HandoffClip about, int fps) {
        var clip = item("Clip.2", about.name());
        clip.set("source_range", range(at.sourceIn(), at.frames(), fps));
        ((ObjectNode) clip.get("metadata")).putObject("filmfactory").put("clip", at.clip().id().toString())
                .put("shot", at.clip().shot().toString())
                .put("take", at.clip().take() == null ? null : at.clip().take().toString());
        var references = clip.putObject("media_references");
        var reference = references.putObject(DEFAULT_MEDIA);
        if (about.file() == null) {
            reference.put("OTIO_SCHEMA", "MissingReference.1");
            reference.putObject("metadata");
            reference.put("name", about.name());
            reference.putNull("available_range");
            reference.putNull("available_image_bounds");
        } else {
            reference.put("OTIO_SCHEMA", "ExternalReference.1");
            reference.putObject("metadata");
            reference.put("name", about.file());
            reference.set("available_range", range(0, about.frames(), about.fps()));
            reference.putNull("available_image_bounds");
            reference.put("target_url", about.file());
        }
        clip.put("active_media_reference_key", DEFAULT_MEDIA);
        return clip;
    }

    /** One audio track per layer of lines that do not overlap, lines in film order on the first track they fit. */
    private static List<ObjectNode> dialogue(CutSnapshot cut, List<TimedLine> lines) {
        int fps = cut.fps();
        var tracks = new ArrayList<ObjectNode>();
        var ends = new ArrayList<Integer>();
        var sorted = lines.stream().sorted((a, b) -> Integer.compare(a.startFrame(), b.startFrame())).toList();
        for (var line : sorted) {
            int layer = 0;
            while (layer < ends.size() && ends.get(layer) > line.startFrame()) {
                layer++;
            }
            if (layer == ends.size()) {
                var track = composition("Track.1", "Dialogue " + (layer + 1));
                track.put("kind", "Audio");
                track.putArray("children");
                tracks.add(track);
                ends.add(0);
            }
            var children = (ArrayNode) tracks.get(layer).get("children");
            if (line.startFrame() > ends.get(layer)) {
                children.add(gap("", line.startFrame() - ends.get(layer), fps));
            }
            children.add(line(line, fps));
            ends.set(layer, line.startFrame() + line.frames());
        }
        return tracks;
    }

    private static ObjectNode line(TimedLine line, int fps) {
        var clip = item("Clip.2", line.character() + ": " + line.text());
        clip.set("source_range", range(0, line.frames(), fps));
        ((ObjectNode) clip.get("metadata")).putObject("filmfactory").put("clip", line.clip().toString())
                .put("line", line.lineKey()).put("character", line.character()).put("text", line.text());
        if (line.overrun()) {
            var marker = JSON.createObjectNode();
            marker.put("OTIO_SCHEMA", "Marker.2");
            marker.putObject("metadata");
            marker.put("name", "overrun");
            marker.put("color", "RED");
            marker.set("marked_range", range(0, line.frames(), fps));
            marker.put("comment", "runs past the end of its clip");
            ((ArrayNode) clip.get("markers")).add(marker);
        }
        var reference = clip.putObject("media_references").putObject(DEFAULT_MEDIA);
        if (line.audio() == null) {
            reference.put("OTIO_SCHEMA", "MissingReference.1");
            reference.putObject("metadata");
            reference.put("name", line.lineKey());
            reference.putNull("available_range");
            reference.putNull("available_image_bounds");
        } else {
            reference.put("OTIO_SCHEMA", "ExternalReference.1");
            reference.putObject("metadata");
            reference.put("name", line.audio().fileName());
            reference.putNull("available_range");
            reference.putNull("available_image_bounds");
            reference.put("target_url", line.audio().fileName());
        }
        clip.put("active_media_reference_key", DEFAULT_MEDIA);
        return clip;
    }

    private static ObjectNode transition(int frames, Transition kind, int fps) {
        var transition = JSON.createObjectNode();
        transition.put("OTIO_SCHEMA", "Transition.1");
        transition.putObject("metadata").putObject("filmfactory")
                .put("transition", kind.name().toLowerCase(Locale.ROOT));
        transition.put("name", "");
        transition.put("transition_type", "SMPTE_Dissolve");
        transition.set("in_offset", time(0, fps));
        transition.set("out_offset", time(frames, fps));
        return transition;
    }

    private static ObjectNode gap(String name, long frames, int fps) {
        var gap = item("Gap.1", name);
        gap.set("source_range", range(0, frames, fps));
        return gap;
    }

    private static String card(Card card) {
        return card.text().replace('\n', ' ').strip();
    }

    private static ObjectNode composition(String schema, String name) {
        var node = item(schema, name);
        node.putNull("source_range");
        node.putArray("children");
        return node;
    }

    /** The fields every OTIO item has. */
    private static ObjectNode item(String schema, String name) {
        var node = JSON.createObjectNode();
        node.put("OTIO_SCHEMA", schema);
        node.putObject("metadata");
        node.put("name", name);
        node.putNull("source_range");
        node.putArray("effects");
        node.putArray("markers");
        node.put("enabled", true);
        return node;
    }

    private static ObjectNode range(long start, long frames, int fps) {
        var range = JSON.createObjectNode();
        range.put("OTIO_SCHEMA", "TimeRange.1");
        range.set("duration", time(frames, fps));
        range.set("start_time", time(start, fps));
        return range;
    }

    private static ObjectNode time(long frames, int fps) {
        var time = JSON.createObjectNode();
        time.put("OTIO_SCHEMA", "RationalTime.1");
        time.put("rate", (double) fps);
        time.put("value", (double) frames);
        return time;
    }
}
