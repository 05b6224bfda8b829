package org.filmfactory.take.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.filmfactory.take.TakeView;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Server twin of {@code <ff-take-player>} (frontend/take-player.ts): sets the take to play, the take to compare with
 * and how (side by side or behind a wipe), and passes on the keys for the previous and next shot. Frame steps, J/K/L,
 * the seek bar and the timecode run in the browser alone. Review's frame notes show as markers on the seek bar and as
 * drawings over the picture ({@link #showNotes}); a sketch drawn on the picture is read back with {@link
 * #currentSketch}.
 */
@Tag("ff-take-player")
@JsModule("./take-player.ts")
public class TakePlayer extends Component implements HasSize {

    /** How a second take is shown beside the first. */
    enum Mode {
        SINGLE, SIDE, WIPE
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The element's property holding the notes as JSON (a property, so a re-attached player still has them). */
    private static final String NOTES = "notesJson";

    public TakePlayer() {
        setId("take-player");
        getElement().setAttribute("labels", labels());
        getElement().setAttribute("mode", "single");
    }

    private String labels() {
        var labels = new LinkedHashMap<String, String>();
        for (var name : new String[] {"play", "pause", "back", "forward", "loop", "seek", "wipe", "frame"}) {
            labels.put(name, getTranslation("storyboard.player." + name));
        }
        return JSON.writeValueAsString(labels);
    }

    /** Plays {@code take}, or shows nothing when null. */
    void show(@Nullable TakeView take) {
        var element = getElement();
        if (take == null) {
            element.removeAttribute("src");
            element.removeAttribute("poster");
            element.removeAttribute("data-take");
            return;
        }
        if (!take.id().toString().equals(element.getAttribute("data-take"))) {
            // Notes are pinned to one take's frames.
            element.setProperty(NOTES, "[]");
        }
        element.setAttribute("fps", fpsOf(take));
        element.setAttribute("frames", String.valueOf(take.frames()));
        element.setAttribute("poster", take.posterUrl());
        element.setAttribute("src", take.clipUrl());
        element.setAttribute("data-take", take.id().toString());
    }

    /**
     * The take's frame rate as the browser counts frames: the stored rate is a whole number, so a 29.97 (or 23.976,
     * 59.94) take is told apart from a 30 one by its length: n frames last n × 1001/30000 s, not n/30 s. Short takes
     * cannot be told apart by a millisecond duration, but there the two rates never differ by half a frame either.
     */
    static String fpsOf(TakeView take) {
        int fps = take.fps() > 0 ? take.fps() : 24;
        if ((fps == 24 || fps == 30 || fps == 60) && take.frames() > 1 && take.duration().toNanos() > 0) {
            double seconds = take.duration().toNanos() / 1e9;
            double whole = take.frames() / (double) fps;
            double ntsc = take.frames() * 1001.0 / (fps * 1000.0);
            if (Math.abs(seconds - ntsc) < Math.abs(seconds - whole)) {
                return switch (fps) {
                    case 24 -> "23.976";
                    case 30 -> "29.97";
                    default -> "59.94";
                };
            }
        }
        return String.valueOf(fps);
    }

    /** Plays {@code other} in step with the main take, or stops comparing when null or {@link Mode#SINGLE}. */
    void compare(@Nullable TakeView other, Mode mode) {
        var element = getElement();
        if (other == null || mode == Mode.SINGLE) {
            element.removeAttribute("compare-src");
            element.removeAttribute("data-compare");
            element.setAttribute("mode", "single");
            return;
        }
        element.setAttribute("mode", mode.name().toLowerCase(Locale.ROOT));
        element.setAttribute("compare-src", other.clipUrl());
        element.setAttribute("data-compare", other.id().toString());
    }

    // ------------------------------------------------------------------ notes and sketches (review's frame notes)

    /**
     * Shows these notes as markers on the timeline (one canvas in the browser, however many notes) and, when paused on
     * a note's frame, its drawing over the picture. Replaces the notes shown before; an empty list clears them. The
     * notes belong to the take on screen: showing another take clears them.
     */
    public void showNotes(List<FrameNote> notes) {
        var list = new ArrayList<Map<String, Object>>(notes.size());
        for (var note : notes) {
            var entry = new LinkedHashMap<String, Object>();
            entry.put("id", note.id());
            entry.put("frame", note.frame());
            entry.put("colorIndex", note.colorIndex());
            entry.put("label", note.label());
            entry.put("drawing", note.drawing());
            list.add(entry);
        }
        getElement().setProperty(NOTES, JSON.writeValueAsString(list));
    }

    /**
     * Moves the playhead to the take's frame {@code frame} (0 .. frames-1; outside, the nearest end) and pauses there.
     * The browser seeks to the middle of the frame, so every browser shows exactly that frame.
     */
    public void seekToFrame(long frame) {
        getElement().callJsFunction("seekToFrame", (double) Math.max(0, frame));
    }

    /**
     * Pauses on the frame on screen and lets the pointer (mouse, pen or finger) draw on the picture with {@code tool}
     * in the colour of {@code colorIndex} (collab's {@code Attendee.colorOf}). Called again while sketching it
     * changes the tool and keeps what was drawn. Escape in the browser drops the shape being drawn, or else the whole
     * sketch (see {@link #addSketchCancelListener}).
     */
    public void beginSketch(SketchTool tool, int colorIndex) {
        getElement().callJsFunction("beginSketch", tool.name().toLowerCase(Locale.ROOT), colorIndex);
    }

    /** Leaves drawing mode and clears what was drawn. */
    public void endSketch() {
        getElement().callJsFunction("endSketch");
    }

    /**
     * The frame on screen and what was drawn on it since {@link #beginSketch}, read from the browser. Completes on the
     * UI's thread when the browser answers (not in the calling round trip: do not block on it).
     */
    public CompletableFuture<Sketch> currentSketch() {
        return getElement().callJsFunction("currentSketchJson").toCompletableFuture(String.class)
                .thenApply(TakePlayer::sketchOf);
    }

    static Sketch sketchOf(String json) {
        var node = JSON.readTree(json);
        var drawing = node.path("drawing");
        return new Sketch(Math.max(0, node.path("frame").asLong()),
                drawing.isString() ? drawing.asString() : "{\"strokes\":[]}");
    }

    /** Called when a note's marker is clicked in the player (after it showed the note's frame), with the note's id. */
    public Registration addNoteListener(Consumer<String> listener) {
        return getElement().addEventListener("note-click", event -> {
            var id = event.getEventData().path("event.detail.id");
            if (id.isString()) {
                listener.accept(id.asString());
            }
        }).addEventData("event.detail.id");
    }

    /** Called when the person pressed Escape while sketching with no shape under way: the sketch is gone. */
    public Registration addSketchCancelListener(Runnable listener) {
        return getElement().addEventListener("sketch-cancel", event -> listener.run());
    }

    Registration addPreviousListener(ComponentEventListener<PreviousShot> listener) {
        return addListener(PreviousShot.class, listener);
    }

    Registration addNextListener(ComponentEventListener<NextShot> listener) {
        return addListener(NextShot.class, listener);
    }

    /** PageUp or [ in the player's page (public: Vaadin builds DOM events through their public constructor). */
    @DomEvent("shot-previous")
    public static final class PreviousShot extends ComponentEvent<TakePlayer> {
        public PreviousShot(TakePlayer source, boolean fromClient) {
            super(source, fromClient);
        }
    }

    /** PageDown or ] in the player's page. */
    @DomEvent("shot-next")
    public static final class NextShot extends ComponentEvent<TakePlayer> {
        public NextShot(TakePlayer source, boolean fromClient) {
            super(source, fromClient);
        }
    }
}
