package org.filmfactory.render.internal;

import java.util.List;
import org.filmfactory.cut.Card;
import org.filmfactory.cut.Transition;
import org.filmfactory.render.Preset;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a render was asked to make, frozen when it was asked for and stored with the render ({@code render_order.plan}):
 * the cut turned into the preset's frames, the media keys of its takes, voices and music, and the subtitles. A run
 * (on any node, any attempt) rebuilds the engine's {@link org.filmfactory.render.RenderPlan} from it by copying the
 * media to a work folder; nothing in it changes when the cut is edited later.
 *
 * @param project the project id
 * @param preset picture and bitrates
 * @param language the script's language tag ({@code en}, {@code zh-CN})
 * @param subtitles whether cues are burned in
 * @param title the title card (frames at the preset's rate)
 * @param clips the clips, in playing order
 * @param end the end card (frames at the preset's rate)
 * @param endStart where the end card starts
 * @param frames the film's length
 * @param cues the subtitles
 * @param voices the spoken lines
 * @param music the music bed, or null for none
 */
record FrozenPlan(String project, Preset preset, String language, boolean subtitles, Card title, List<Clip> clips,
        Card end, int endStart, int frames, List<Cue> cues, List<Voice> voices, @Nullable Music music) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    FrozenPlan {
        clips = List.copyOf(clips);
        cues = List.copyOf(cues);
        voices = List.copyOf(voices);
    }

    /**
     * One clip.
     *
     * @param label what people call it in an error ("Scene 3, shot 2")
     * @param take the take's video in the media store, or null for a slate
     * @param identity changes whenever its picture would (a take id; the slate's text for a slate)
     * @param painted what {@link org.filmfactory.render.ClipPainting} draws instead of a take, or null
     */
    record Clip(String label, @Nullable String take, String identity, int start, int inFrame, int frames,
            Transition transition, int transitionFrames, @Nullable String painted) {

        Clip(String label, @Nullable String take, String identity, int start, int inFrame, int frames,
                Transition transition, int transitionFrames) {
            this(label, take, identity, start, inFrame, frames, transition, transitionFrames, null);
        }
    }

    record Cue(int start, int end, String text) {
    }

    /** A line's voice in the media store, from {@code startFrame}. */
    record Voice(String wav, int startFrame) {
    }

    record Music(String wav, double gainDb) {
    }

    String toJson() {
        return JSON.writeValueAsString(this);
    }

    static FrozenPlan fromJson(String json) {
        return JSON.readValue(json, FrozenPlan.class);
    }

    /** Converts a frame count at {@code fromFps} to the nearest frame at {@code toFps}. */
    static int frames(long frames, int fromFps, int toFps) {
        return fromFps == toFps ? Math.toIntExact(frames) : Math.toIntExact(Math.round(frames * (double) toFps / fromFps));
    }
}
