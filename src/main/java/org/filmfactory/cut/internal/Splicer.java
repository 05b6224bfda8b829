package org.filmfactory.cut.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.filmfactory.breakdown.Breakdowns;
import org.filmfactory.cut.Card;
import org.filmfactory.cut.Clip;
import org.filmfactory.cut.ClipId;
import org.filmfactory.cut.CutChangeRefused;
import org.filmfactory.cut.CutEdit;
import org.filmfactory.cut.Transition;
import org.filmfactory.project.NotAllowed;
import org.filmfactory.project.Permission;
import org.filmfactory.take.TakeClip;
import org.filmfactory.take.TakeId;
import org.jspecify.annotations.Nullable;

/**
 * Applies splices to a workprint, checking each against the cut as it is now (not as the editor saw it): that is
 * what makes a stale edit rebase — it names clips, so it means the same after others' moves — and what refuses it
 * when its clip is gone or its values no longer fit. Nothing is changed in place: a refusal leaves the cut as it was.
 * Every splice answers with its reverse, taken against the cut it applied to, for undo.
 */
final class Splicer {

    /** The longest a card shows: a minute. */
    static final int MAX_CARD_SECONDS = 60;

    private final int fps;
    private final int maxClips;
    private final Function<TakeId, Optional<TakeClip>> takes;

    /**
     * @param takes the project's takes by id (empty for an unknown take or one of another project)
     */
    Splicer(int fps, int maxClips, Function<TakeId, Optional<TakeClip>> takes) {
        this.fps = fps;
        this.maxClips = maxClips;
        this.takes = takes;
    }

    record Spliced(Workprint print, List<Splice> reverse) {
    }

    Spliced apply(Workprint print, List<Splice> splices) {
        var reverse = new ArrayList<Splice>();
        for (var splice : splices) {
            print = settle(applyOne(print, splice, reverse));
        }
        return new Spliced(print, List.copyOf(reverse.reversed()));
    }

    /** What a splice touches, for telling a stale edit that collides with another person's newer one. */
    static Set<String> touches(List<Splice> splices) {
        var keys = new LinkedHashSet<String>();
        for (var splice : splices) {
            switch (splice) {
                case Splice.Edit(CutEdit.Move(var clip, var to)) -> keys.add("order:" + clip);
                case Splice.Edit(CutEdit.Trim(var clip, var in, var out)) -> keys.add("trim:" + clip);
                case Splice.Edit(CutEdit.Split(var clip, var at)) -> keys.add("trim:" + clip);
                case Splice.Edit(CutEdit.ChangeTransition(var clip, var transition, var frames)) ->
                        keys.add("transition:" + clip);
                case Splice.Edit(CutEdit.RippleDelete(var clip)) -> keys.add("exists:" + clip);
                case Splice.Edit(CutEdit.UseTake(var clip, var take)) -> {
                    keys.add("trim:" + clip);
                    keys.add("take:" + clip);
                }
                case Splice.Edit(CutEdit.ChangeTitleCard(var card)) -> keys.add("title");
                case Splice.Edit(CutEdit.ChangeEndCard(var card)) -> keys.add("end");
                case Splice.Reinsert(var clip, var index) -> keys.add("exists:" + clip.id());
                case Splice.Remove(var clip) -> keys.add("exists:" + clip);
                case Splice.Reset(var clip) -> {
                    keys.add("trim:" + clip.id());
                    keys.add("transition:" + clip.id());
                    keys.add("take:" + clip.id());
                }
            }
        }
        return keys;
    }

    private Workprint applyOne(Workprint print, Splice splice, List<Splice> reverse) {
        return switch (splice) {
            case Splice.Edit(CutEdit.Move(var id, var to)) -> {
                int at = existing(print, id);
                var clips = print.mutableClips();
                var clip = clips.remove(at);
                // Clamped: an index made on an older, longer cut still means "towards the end".
                clips.add(Math.clamp(to, 0, clips.size()), clip);
                reverse.add(new Splice.Edit(new CutEdit.Move(id, at)));
                yield print.withClips(clips);
            }
            case Splice.Edit(CutEdit.Trim(var id, var in, var out)) -> {
                int at = existing(print, id);
                var clip = print.clips().get(at);
                if (in < 0 || out <= in || out > limit(clip.take())) {
                    throw new CutChangeRefused("cut.error.trim", in, out, limit(clip.take()));
                }
                var trimmed = new Clip(id, clip.shot(), clip.take(), in, out, clip.transition(),
                        clip.transitionFrames());
                fitsTransitions(print, at, trimmed);
                reverse.add(new Splice.Reset(clip));
                yield replaced(print, at, trimmed);
            }
            case Splice.Edit(CutEdit.ChangeTransition(var id, var transition, var frames)) -> {
                int at = existing(print, id);
                var clip = print.clips().get(at);
                int length = transition == Transition.CUT ? 0 : frames;
                int most = Math.min(clip.frames(), at > 0 ? print.clips().get(at - 1).frames() : clip.frames());
                if ((transition == Transition.CUT && frames != 0)
                        || (transition != Transition.CUT && (length < 1 || length > most))) {
                    throw new CutChangeRefused("cut.error.transition", frames, most);
                }
                reverse.add(new Splice.Reset(clip));
                yield replaced(print, at, new Clip(id, clip.shot(), clip.take(), clip.inFrame(), clip.outFrame(),
                        transition, length));
            }
            case Splice.Edit(CutEdit.Split(var id, var atFrame)) -> {
                int at = existing(print, id);
                var clip = print.clips().get(at);
                if (atFrame < 1 || atFrame >= clip.frames()) {
                    throw new CutChangeRefused("cut.error.split", atFrame, clip.frames());
                }
                roomForOneMore(print);
                var first = new Clip(id, clip.shot(), clip.take(), clip.inFrame(), clip.inFrame() + atFrame,
                        clip.transition(), clip.transitionFrames());
                var second = new Clip(ClipId.random(), clip.shot(), clip.take(), clip.inFrame() + atFrame,
                        clip.outFrame(), Transition.CUT, 0);
                if (first.transitionFrames() > first.frames()) {
                    throw new CutChangeRefused("cut.error.split", atFrame, clip.frames());
                }
                var clips = print.mutableClips();
                clips.set(at, first);
                clips.add(at + 1, second);
                if (at + 2 < clips.size() && clips.get(at + 2).transitionFrames() > second.frames()) {
                    throw new CutChangeRefused("cut.error.split", atFrame, clip.frames());
                }
                reverse.add(new Splice.Reset(clip));
                reverse.add(new Splice.Remove(second.id()));
                yield print.withClips(clips);
            }
            case Splice.Edit(CutEdit.RippleDelete(var id)) -> removed(print, id, reverse);
            case Splice.Remove(var id) -> removed(print, id, reverse);
            case Splice.Edit(CutEdit.UseTake(var id, var takeId)) -> {
                int at = existing(print, id);
                var clip = print.clips().get(at);
                if (takeId != null) {
                    var take = takes.apply(takeId).orElseThrow(() -> new NotAllowed(Permission.EDIT_CUT));
                    if (!take.shotId().equals(clip.shot())) {
                        throw new CutChangeRefused("cut.error.take");
                    }
                }
                // The trim stays when it fits the other take; otherwise it is clamped into it.
                int limit = limit(takeId);
                int out = Math.min(clip.outFrame(), limit);
                int in = Math.min(clip.inFrame(), out - 1);
                int transition = Math.min(clip.transitionFrames(), out - in);
                var changed = new Clip(id, clip.shot(), takeId, in, out, clip.transition(), transition);
                reverse.add(new Splice.Reset(clip));
                yield replaced(print, at, changed);
            }
            case Splice.Edit(CutEdit.ChangeTitleCard(var card)) -> {
                checkCard(card);
                reverse.add(new Splice.Edit(new CutEdit.ChangeTitleCard(print.title())));
                yield print.withTitle(card);
            }
            case Splice.Edit(CutEdit.ChangeEndCard(var card)) -> {
                checkCard(card);
                reverse.add(new Splice.Edit(new CutEdit.ChangeEndCard(print.end())));
                yield print.withEnd(card);
            }
            case Splice.Reinsert(var clip, var index) -> {
                if (print.indexOf(clip.id()) >= 0 || !print.known().contains(clip.shot())) {
                    throw new CutChangeRefused("cut.error.clip-gone");
                }
                roomForOneMore(print);
                if (clip.take() != null && takes.apply(clip.take()).isEmpty()) {
                    throw new CutChangeRefused("cut.error.clip-gone");
                }
                var clips = print.mutableClips();
                int at = Math.clamp(index, 0, clips.size());
                clips.add(at, clip);
                reverse.add(new Splice.Remove(clip.id()));
                yield print.withClips(clips);
            }
            case Splice.Reset(var clip) -> {
                int at = existing(print, clip.id());
                var now = print.clips().get(at);
                if (!now.shot().equals(clip.shot()) || clip.outFrame() > limit(clip.take())) {
                    throw new CutChangeRefused("cut.error.trim", clip.inFrame(), clip.outFrame(),
                            limit(clip.take()));
                }
                reverse.add(new Splice.Reset(now));
                yield replaced(print, at, clip);
            }
        };
    }

    private Workprint removed(Workprint print, ClipId id, List<Splice> reverse) {
        int at = existing(print, id);
        var clips = print.mutableClips();
        var clip = clips.remove(at);
        reverse.add(new Splice.Reinsert(clip, at));
        return print.withClips(clips);
    }

    private static int existing(Workprint print, ClipId id) {
        int at = print.indexOf(id);
        if (at < 0) {
            throw new CutChangeRefused("cut.error.clip-gone");
        }
        return at;
    }

    private static Workprint replaced(Workprint print, int at, Clip clip) {
        var clips = print.mutableClips();
        clips.set(at, clip);
        return print.withClips(clips);
    }

    /** A shorter clip must still hold its own transition and the next clip's. */
    private static void fitsTransitions(Workprint print, int at, Clip trimmed) {
        var next = at + 1 < print.clips().size() ? print.clips().get(at + 1) : null;
        if (trimmed.transitionFrames() > trimmed.frames()
                || (next != null && next.transitionFrames() > trimmed.frames())) {
            throw new CutChangeRefused("cut.error.trim-transition", trimmed.frames());
        }
    }

    private void roomForOneMore(Workprint print) {
        if (print.clips().size() >= maxClips) {
            throw new CutChangeRefused("cut.error.too-many-clips", maxClips);
        }
    }

    private void checkCard(Card card) {
        if (card.frames() > MAX_CARD_SECONDS * fps) {
            throw new CutChangeRefused("cut.error.card");
        }
    }

    /** How many frames a clip of this take may use, at the project's rate; a slate may last as long as a shot. */
    int limit(@Nullable TakeId take) {
        if (take == null) {
            return slateLimit(fps);
        }
        return takes.apply(take).map(clip -> framesAt(clip, fps)).orElse(Integer.MAX_VALUE);
    }

    static int slateLimit(int fps) {
        return (int) (Breakdowns.MAX_DURATION.toSeconds() * fps);
    }

    /** A take's length at the project's rate, shown by time: its frame count scaled by the two rates. */
    static int framesAt(TakeClip take, int fps) {
        if (take.fps() == fps) {
            return (int) Math.max(1, take.frames());
        }
        return (int) Math.max(1, Math.round(take.frames() * (double) fps / take.fps()));
    }

    /**
     * Keeps every transition within the shorter of its two clips after moves and deletes changed a clip's
     * neighbour: a crossfade longer than the clip before it has nothing to fade from.
     */
    private static Workprint settle(Workprint print) {
        List<Clip> clips = null;
        var list = print.clips();
        for (int i = 0; i < list.size(); i++) {
            var clip = list.get(i);
            int most = Math.min(clip.frames(), i > 0 ? list.get(i - 1).frames() : clip.frames());
            if (clip.transitionFrames() > most) {
                if (clips == null) {
                    clips = new ArrayList<>(list);
                }
                clips.set(i, new Clip(clip.id(), clip.shot(), clip.take(), clip.inFrame(), clip.outFrame(),
                        clip.transition(), most));
            }
        }
        return clips == null ? print : print.withClips(clips);
    }
}
