package org.filmfactory.take.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.shared.Registration;
import java.util.LinkedHashMap;
import org.filmfactory.take.TakeView;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Server twin of {@code <ff-take-player>} (frontend/take-player.ts): sets the take to play, the take to compare with
 * and how (side by side or behind a wipe), and passes on the keys for the previous and next shot. Frame steps, J/K/L,
 * the seek bar and the timecode run in the browser alone.
 */
@Tag("ff-take-player")
@JsModule("./take-player.ts")
public class TakePlayer extends Component implements HasSize {

    /** How a second take is shown beside the first. */
    enum Mode {
        SINGLE, SIDE, WIPE
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

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
    public void show(@Nullable TakeView take) {
        var element = getElement();
        if (take == null) {
            element.removeAttribute("src");
            element.removeAttribute("poster");
            element.removeAttribute("data-take");
            return;
        }
        element.setAttribute("fps", String.valueOf(take.fps() > 0 ? take.fps() : 24));
        element.setAttribute("frames", String.valueOf(take.frames()));
        element.setAttribute("poster", take.posterUrl());
        element.setAttribute("src", take.clipUrl());
        element.setAttribute("data-take", take.id().toString());
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
        element.setAttribute("mode", mode.name().toLowerCase(java.util.Locale.ROOT));
        element.setAttribute("compare-src", other.clipUrl());
        element.setAttribute("data-compare", other.id().toString());
    }

    // ------------------------------------------------------------------ notes and sketches (review's frame notes)

    /** Shows these notes as markers on the timeline and their drawings over the picture at their frames. */
    public void showNotes(java.util.List<FrameNote> notes) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Moves the playhead to the take's frame {@code frame} and pauses there. */
    public void seekToFrame(long frame) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Pauses and lets the pointer draw on the picture with {@code tool} in the colour {@code colorIndex}. */
    public void beginSketch(SketchTool tool, int colorIndex) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Leaves drawing mode and clears what was drawn. */
    public void endSketch() {
        throw new UnsupportedOperationException("not yet");
    }

    /** The frame on screen and what was drawn on it since {@link #beginSketch}, read from the browser. */
    public java.util.concurrent.CompletableFuture<Sketch> currentSketch() {
        throw new UnsupportedOperationException("not yet");
    }

    /** Called when a note's marker (or drawing) is clicked in the player, with the note's id. */
    public Registration addNoteListener(java.util.function.Consumer<String> listener) {
        throw new UnsupportedOperationException("not yet");
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
