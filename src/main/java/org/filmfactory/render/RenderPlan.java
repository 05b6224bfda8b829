package org.filmfactory.render;

import java.util.List;
import java.util.Locale;
import org.filmfactory.cut.Card;
import org.filmfactory.cut.Transition;
import org.filmfactory.platform.SoundMix;

/**
 * Everything a render needs, frozen: once made, later edits of the cut do not change it. Frames are at the preset's
 * rate.
 *
 * @param preset picture and bitrates
 * @param language the script's language (subtitle line breaking)
 * @param title the title card from frame 0 ({@link Card#NONE} for none)
 * @param clips the clips with their places in the film
 * @param end the end card from {@code endStart}
 * @param endStart where the end card starts
 * @param frames the film's length
 * @param cues the subtitles, in order
 * @param burnSubtitles whether cues are drawn into the picture
 * @param sound the whole sound, mixed once
 */
public record RenderPlan(Preset preset, Locale language, Card title, List<Clip> clips, Card end, int endStart,
        int frames, List<Cue> cues, boolean burnSubtitles, SoundMix sound) {

    public RenderPlan {
        clips = List.copyOf(clips);
        cues = List.copyOf(cues);
    }

    /**
     * One clip in the film.
     *
     * @param label what a person calls it in an error ("Scene 3, shot 2")
     * @param source where its pictures come from
     * @param start the film frame it starts on
     * @param inFrame the first frame of the source used (at the film's rate)
     * @param frames how many frames it lasts
     * @param transition how it starts after the clip before
     * @param transitionFrames the transition's length
     */
    public record Clip(String label, ClipSource source, int start, int inFrame, int frames, Transition transition,
            int transitionFrames) {
    }

    /** A subtitle shown on frames {@code start} (inclusive) to {@code end} (exclusive). */
    public record Cue(int start, int end, String text) {
    }
}
