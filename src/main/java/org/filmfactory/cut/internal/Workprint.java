package org.filmfactory.cut.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.filmfactory.breakdown.ShotId;
import org.filmfactory.cut.Card;
import org.filmfactory.cut.Clip;
import org.filmfactory.cut.ClipId;

/**
 * The cut as the editors shape it, without its revision: cards, clips in playing order, and the shots it has taken
 * in from the shot list. The shots are kept apart from the clips on purpose: a shot an editor deleted from the cut
 * is still known, so following the shot list does not bring it back; only shots new to the shot list are added.
 *
 * @param known the shots of the shot list the cut last followed
 */
record Workprint(Card title, List<Clip> clips, Card end, Set<ShotId> known) {

    Workprint {
        clips = List.copyOf(clips);
        known = Set.copyOf(known);
    }

    int indexOf(ClipId clip) {
        for (int i = 0; i < clips.size(); i++) {
            if (clips.get(i).id().equals(clip)) {
                return i;
            }
        }
        return -1;
    }

    Workprint withClips(List<Clip> changed) {
        return new Workprint(title, changed, end, known);
    }

    Workprint withTitle(Card card) {
        return new Workprint(card, clips, end, known);
    }

    Workprint withEnd(Card card) {
        return new Workprint(title, clips, card, known);
    }

    Workprint withKnown(Set<ShotId> shots) {
        return new Workprint(title, clips, end, shots);
    }

    List<Clip> mutableClips() {
        return new ArrayList<>(clips);
    }
}
