package org.filmfactory.breakdown.internal;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A stored shot: where it came from, what the rules last said, what a director chose.
 *
 * @param anchorKey see {@link DerivedShot#anchorKey()}; empty for director shots
 * @param anchor see {@link DerivedShot#anchor()}; empty for director shots
 * @param rules the rules' values from the latest revision (for a director shot: the values it was made with)
 * @param dropped deleted or merged away by a director; kept hidden so the rules do not bring it back
 * @param mergedInto the shot this one was merged into, whose lines and subjects then include this one's
 * @param detached its script text is gone, and it stays because a director shaped it
 */
public record ShotState(UUID id, ShotOrigin origin, String anchorKey, String anchor, int firstLine, int lastLine,
        ShotValues rules, DirectorChoices director, boolean dropped, @Nullable UUID mergedInto, boolean detached) {

    /** A shot a director made, following nothing in the script. */
    public static ShotState byDirector(UUID id, int firstLine, int lastLine, ShotValues values) {
        return new ShotState(id, ShotOrigin.DIRECTOR, "", "", firstLine, lastLine, values, DirectorChoices.NONE,
                false, null, false);
    }

    /** A new shot made by the rules. */
    public static ShotState fromRules(UUID id, DerivedShot derived) {
        return new ShotState(id, derived.origin(), derived.anchorKey(), derived.anchor(), derived.firstLine(),
                derived.lastLine(), derived.values(), DirectorChoices.NONE, false, null, false);
    }

    /** This shot, with what the rules say now; the director's choices stay. */
    public ShotState rederived(DerivedShot derived) {
        return new ShotState(id, derived.origin(), derived.anchorKey(), derived.anchor(), derived.firstLine(),
                derived.lastLine(), derived.values(), director, dropped, mergedInto, false);
    }

    /** Whether the shot floats: it has no script text of its own and follows the shot before it. */
    public boolean floating() {
        return !origin.fromRules() || detached;
    }

    /** Whether a director added, changed, merged or deleted it. */
    public boolean edited() {
        return !origin.fromRules() || !director.isEmpty() || dropped;
    }

    public ShotValues effective() {
        return director.over(rules);
    }

    public ShotState withDirector(DirectorChoices choices) {
        return new ShotState(id, origin, anchorKey, anchor, firstLine, lastLine, rules, choices, dropped, mergedInto,
                detached);
    }

    public ShotState withLines(int first, int last) {
        return new ShotState(id, origin, anchorKey, anchor, first, last, rules, director, dropped, mergedInto,
                detached);
    }

    public ShotState droppedInto(@Nullable UUID target) {
        return new ShotState(id, origin, anchorKey, anchor, firstLine, lastLine, rules, director, true, target,
                detached);
    }

    /** This shot with its script text gone: it floats from now on (see {@link Rederivation}). */
    public ShotState withTextGone() {
        return new ShotState(id, origin, anchorKey, anchor, firstLine, lastLine, rules, director, dropped, mergedInto,
                true);
    }

    public ShotState withMergedInto(@Nullable UUID target) {
        return new ShotState(id, origin, anchorKey, anchor, firstLine, lastLine, rules, director, dropped, target,
                detached);
    }
}
