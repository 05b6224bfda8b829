package org.filmfactory.cut;

import java.time.Instant;
import java.util.List;
import org.filmfactory.project.ProjectId;

/**
 * A project's cut as it stands at one revision: immutable, safe to hand to a view or freeze into a render.
 *
 * @param project the project
 * @param revision goes up by one with every accepted edit; an edit names the revision it was made on
 * @param fps the project's frame rate: every frame count here is at this rate
 * @param width the project's picture width
 * @param height the project's picture height
 * @param title the title card before the first clip ({@link Card#NONE} for none)
 * @param clips the clips in playing order
 * @param end the end card after the last clip ({@link Card#NONE} for none)
 * @param scriptRevision the script revision the cut last took its shots from
 * @param changed when the last edit was accepted
 */
public record CutSnapshot(ProjectId project, long revision, int fps, int width, int height, Card title,
        List<Clip> clips, Card end, long scriptRevision, Instant changed) {

    public CutSnapshot {
        clips = List.copyOf(clips);
    }

    /**
     * The frame of the film each clip starts on, in clip order (the title card starts on frame 0). A crossfade
     * starts its clip {@link Clip#transitionFrames()} before the previous clip ends; a cut or a dip to black starts it
     * where the previous one ends.
     */
    public int[] starts() {
        var starts = new int[clips.size()];
        int at = title.frames();
        for (int i = 0; i < clips.size(); i++) {
            var clip = clips.get(i);
            int start = clip.transition() == Transition.CROSSFADE && i > 0 ? at - clip.transitionFrames() : at;
            starts[i] = Math.max(0, start);
            at = starts[i] + clip.frames();
        }
        return starts;
    }

    /** Where the end card starts: one past the last clip's last frame (after the title card when there is none). */
    public int endCardStart() {
        var starts = starts();
        return clips.isEmpty() ? title.frames() : starts[starts.length - 1] + clips.getLast().frames();
    }

    /** The film's length in frames: title card, clips with their overlaps, end card. */
    public int length() {
        return endCardStart() + end.frames();
    }
}
