package org.filmfactory.cut.internal.handoff;

import java.util.ArrayList;
import java.util.List;
import org.filmfactory.cut.Clip;
import org.filmfactory.cut.CutSnapshot;
import org.filmfactory.cut.Transition;

/**
 * Where each clip of a cut sits for a finishing tool, the same for OpenTimelineIO and the EDL. A transition starts on
 * the cut point and uses the outgoing clip's last frames as its handle, so every clip records exactly where the film
 * shows it ({@link CutSnapshot#starts()}):
 * <ul>
 * <li>crossfade of {@code t}: the outgoing clip's own stretch ends {@code t} frames early and dissolves into the
 *     incoming one over those frames;</li>
 * <li>dip to black of {@code t}: the outgoing clip's own stretch ends {@code t/2} frames early and dissolves into
 *     black over them; black then dissolves into the incoming clip over its first {@code t - t/2} frames.</li>
 * </ul>
 * The first clip's transition (against the title card or black) is handed over as a straight cut.
 */
final class Layout {

    private Layout() {
    }

    /**
     * One clip's place.
     *
     * @param record the film frame its own stretch starts on
     * @param frames how long its own stretch is (the clip less the frames its outgoing transition takes as a handle)
     * @param incoming how it starts: {@link Transition#CUT} for the first clip and for 0-frame transitions
     * @param incomingFrames that transition's length
     * @param tail the frames after its own stretch that the outgoing transition plays
     */
    record Placed(Clip clip, int record, int frames, Transition incoming, int incomingFrames, int tail) {

        int sourceIn() {
            return clip.inFrame();
        }

        int sourceOut() {
            return clip.inFrame() + frames;
        }
    }

    static List<Placed> of(CutSnapshot cut) {
        var clips = cut.clips();
        var starts = cut.starts();
        var placed = new ArrayList<Placed>(clips.size());
        for (int i = 0; i < clips.size(); i++) {
            var clip = clips.get(i);
            var incoming = incoming(clips, i);
            int tail = 0;
            if (i + 1 < clips.size()) {
                var next = clips.get(i + 1);
                tail = switch (incoming(clips, i + 1)) {
                    case CROSSFADE -> next.transitionFrames();
                    case DIP_TO_BLACK -> next.transitionFrames() / 2;
                    case CUT -> 0;
                };
            }
            placed.add(new Placed(clip, starts[i], clip.frames() - tail, incoming,
                    incoming == Transition.CUT ? 0 : clip.transitionFrames(), tail));
        }
        return placed;
    }

    private static Transition incoming(List<Clip> clips, int index) {
        var clip = clips.get(index);
        return index == 0 || clip.transitionFrames() == 0 ? Transition.CUT : clip.transition();
    }
}
