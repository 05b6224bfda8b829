package org.filmfactory.cut.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.filmfactory.breakdown.Shot;
import org.filmfactory.breakdown.ShotId;
import org.filmfactory.cut.Card;
import org.filmfactory.cut.Clip;
import org.filmfactory.cut.ClipId;
import org.filmfactory.cut.Transition;
import org.filmfactory.take.TakeClip;
import org.filmfactory.take.TakeId;
import org.jspecify.annotations.Nullable;

/**
 * The cut and the shot list: the first cut (every shot in script order with its selected take, whole, straight
 * cuts, no cards) and keeping a cut in step with a changed shot list without undoing the editors' work — their
 * order, trims, transitions and deletions stay; only shots new to the shot list come in, clips of shots that are
 * gone go, and clips still waiting for a take get their shot's selected take.
 */
final class ShotListFollowing {

    private ShotListFollowing() {
    }

    /** A cut brought up to date, and what that touched (for refusing stale edits of the same clips). */
    record Followed(Workprint print, Set<String> touches) {
    }

    static Workprint first(List<Shot> shots, Map<ShotId, TakeId> selected, Map<TakeId, TakeClip> takes, int fps) {
        var clips = new ArrayList<Clip>(shots.size());
        var known = new HashSet<ShotId>();
        for (var shot : shots) {
            clips.add(clipOf(shot, selected, takes, fps));
            known.add(shot.id());
        }
        return new Workprint(Card.NONE, clips, Card.NONE, known);
    }

    /** The cut following the shot list, or null when it already does. */
    static @Nullable Followed follow(Workprint print, List<Shot> shots, Map<ShotId, TakeId> selected,
            Map<TakeId, TakeClip> takes, int fps) {
        var touches = new LinkedHashSet<String>();
        var listed = new HashSet<ShotId>();
        shots.forEach(shot -> listed.add(shot.id()));
        var clips = new ArrayList<Clip>(print.clips().size() + 8);
        for (var clip : print.clips()) {
            if (!listed.contains(clip.shot())) {
                touches.add("exists:" + clip.id());
                continue;
            }
            var take = selected.get(clip.shot());
            if (clip.take() == null && take != null && takes.containsKey(take)) {
                int frames = Splicer.framesAt(takes.get(take), fps);
                clips.add(new Clip(clip.id(), clip.shot(), take, 0, frames, clip.transition(),
                        Math.min(clip.transitionFrames(), frames)));
                touches.add("take:" + clip.id());
                touches.add("trim:" + clip.id());
            } else {
                clips.add(clip);
            }
        }
        // New shots go after the clips of the nearest earlier shot that is in the cut, so they land among their
        // neighbours in script order even after editors reordered the cut; with none, before the nearest later one.
        for (int i = 0; i < shots.size(); i++) {
            var shot = shots.get(i);
            if (print.known().contains(shot.id())) {
                continue;
            }
            var clip = clipOf(shot, selected, takes, fps);
            clips.add(placeFor(clips, shots, i), clip);
            touches.add("exists:" + clip.id());
        }
        var followed = new Workprint(print.title(), clips, print.end(), listed);
        if (followed.equals(print)) {
            return null;
        }
        return new Followed(followed, touches);
    }

    private static int placeFor(List<Clip> clips, List<Shot> shots, int index) {
        var lastOf = new HashMap<ShotId, Integer>();
        var firstOf = new HashMap<ShotId, Integer>();
        for (int i = 0; i < clips.size(); i++) {
            lastOf.put(clips.get(i).shot(), i);
            firstOf.putIfAbsent(clips.get(i).shot(), i);
        }
        for (int i = index - 1; i >= 0; i--) {
            var at = lastOf.get(shots.get(i).id());
            if (at != null) {
                return at + 1;
            }
        }
        for (int i = index + 1; i < shots.size(); i++) {
            var at = firstOf.get(shots.get(i).id());
            if (at != null) {
                return at;
            }
        }
        return clips.size();
    }

    private static Clip clipOf(Shot shot, Map<ShotId, TakeId> selected, Map<TakeId, TakeClip> takes, int fps) {
        var take = selected.get(shot.id());
        if (take != null && takes.containsKey(take)) {
            return new Clip(ClipId.random(), shot.id(), take, 0, Splicer.framesAt(takes.get(take), fps),
                    Transition.CUT, 0);
        }
        return new Clip(ClipId.random(), shot.id(), null, 0, shotFrames(shot, fps), Transition.CUT, 0);
    }

    /** A shot's planned screen time in whole frames, at least one. */
    static int shotFrames(Shot shot, int fps) {
        return (int) Math.max(1, Math.round(shot.duration().toMillis() * (double) fps / 1000));
    }
}
