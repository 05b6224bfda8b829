package org.filmfactory.cut.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.filmfactory.breakdown.ShotId;
import org.filmfactory.cut.ClipId;
import org.filmfactory.cut.ClipMedia;
import org.filmfactory.cut.CutSnapshot;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Server twin of {@code <ff-timeline>} (frontend/timeline.ts): hands the browser the cut as one compact JSON document
 * (eight numbers a clip in one array, the ids, the shot labels and a table of the takes' media), never a component
 * per clip, so a feature-length cut is one message and a few hundred kilobytes at most. Drawing, scrolling, zoom,
 * the playhead and the preview run in the browser; edits come back as {@code timeline-edit} events holding the
 * revision the browser had.
 */
@Tag("ff-timeline")
@JsModule("./timeline.ts")
class Timeline extends Component implements HasSize {

    /** Numbers per clip in the document, as frontend/timeline/model.ts reads them. */
    static final int STRIDE = 8;
    static final int FLAG_CHANGED = 1;
    static final int FLAG_TAKE = 2;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String[] LABELS = {"play", "pause", "back", "forward", "zoomIn", "zoomOut", "split",
        "delete", "undo", "redo", "picture", "voice", "music", "noTake", "changed", "overrun"};

    Timeline() {
        setId("timeline");
        var labels = new LinkedHashMap<String, String>();
        for (var name : LABELS) {
            labels.put(name, getTranslation("cut.timeline.control." + name));
        }
        getElement().setAttribute("labels", JSON.writeValueAsString(labels));
        setWidthFull();
    }

    /**
     * Shows the cut.
     *
     * @param shotLabels each shot's label (scene and shot number)
     * @param media the takes' media by clip
     * @param changed the shots whose picture changed since the cut was made
     */
    void show(CutSnapshot cut, Map<ShotId, String> shotLabels, Map<ClipId, ClipMedia> media, Set<ShotId> changed) {
        getElement().setProperty("cutJson", document(cut, shotLabels, media, changed));
    }

    /** The document {@code <ff-timeline>} reads (frontend/timeline/model.ts, CutDocument). */
    static String document(CutSnapshot cut, Map<ShotId, String> shotLabels, Map<ClipId, ClipMedia> media,
            Set<ShotId> changed) {
        var clips = cut.clips();
        var starts = cut.starts();
        var numbers = new int[clips.size() * STRIDE];
        var ids = new ArrayList<String>(clips.size());
        var labels = new ArrayList<String>(clips.size());
        var table = new ArrayList<List<String>>();
        var indexOf = new HashMap<String, Integer>();
        for (int i = 0; i < clips.size(); i++) {
            var clip = clips.get(i);
            var clipMedia = media.get(clip.id());
            int mediaIndex = -1;
            if (clip.take() != null && clipMedia != null) {
                var file = "/media/" + clipMedia.file().path();
                mediaIndex = indexOf.computeIfAbsent(file, f -> {
                    table.add(List.of("/media/" + clipMedia.thumbnail().path(), f));
                    return table.size() - 1;
                });
            }
            int at = i * STRIDE;
            numbers[at] = starts[i];
            numbers[at + 1] = clip.frames();
            numbers[at + 2] = clip.inFrame();
            numbers[at + 3] = clip.outFrame();
            numbers[at + 4] = clip.transition().ordinal();
            numbers[at + 5] = clip.transitionFrames();
            numbers[at + 6] = mediaIndex;
            numbers[at + 7] = (changed.contains(clip.shot()) ? FLAG_CHANGED : 0) | (mediaIndex >= 0 ? FLAG_TAKE : 0);
            ids.add(clip.id().toString());
            labels.add(shotLabels.getOrDefault(clip.shot(), ""));
        }
        var doc = new LinkedHashMap<String, Object>();
        doc.put("rev", cut.revision());
        doc.put("fps", cut.fps());
        doc.put("w", cut.width());
        doc.put("h", cut.height());
        doc.put("c", numbers);
        doc.put("ids", ids);
        doc.put("labels", labels);
        doc.put("m", table);
        doc.put("title", List.of(cut.title().frames(), cut.title().text(), cut.title().background(),
                cut.title().foreground()));
        doc.put("end", List.of(cut.end().frames(), cut.end().text(), cut.end().background(), cut.end().foreground()));
        doc.put("endStart", cut.endCardStart());
        doc.put("length", cut.length());
        return JSON.writeValueAsString(doc);
    }

    /** Shows the sound tracks (see {@link SoundTracks#json}). */
    void showTracks(String json) {
        getElement().setProperty("tracksJson", json);
    }

    void setEditable(boolean editable) {
        getElement().setAttribute("editable", editable);
    }

    void select(@Nullable ClipId clip) {
        getElement().setAttribute("selected", clip == null ? "" : clip.toString());
    }

    /** Moves the playhead to film frame {@code frame} and shows it. */
    void showFrame(int frame) {
        getElement().callJsFunction("showFrame", frame);
    }

    /** An edit as the browser sent it: JSON {@code {rev, kind, clip, ...}}. */
    Registration addEditListener(Consumer<String> listener) {
        return getElement().addEventListener("timeline-edit", event -> {
            var json = event.getEventData().path("event.detail.json");
            if (json.isString()) {
                listener.accept(json.asString());
            }
        }).addEventData("event.detail.json");
    }

    /** The clip the person selected (its id as the browser sent it; empty for none). */
    Registration addSelectListener(Consumer<String> listener) {
        return getElement().addEventListener("timeline-select", event -> {
            var id = event.getEventData().path("event.detail.id");
            listener.accept(id.isString() ? id.asString() : "");
        }).addEventData("event.detail.id");
    }

    Registration addUndoListener(Runnable listener) {
        return getElement().addEventListener("timeline-undo", event -> listener.run());
    }

    Registration addRedoListener(Runnable listener) {
        return getElement().addEventListener("timeline-redo", event -> listener.run());
    }
}
