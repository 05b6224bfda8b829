package org.filmfactory.breakdown.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which automatic shot of a scene's new text is which shot of its old text. Shots are anchored to the script
 * element they stand for (the heading, an action paragraph, a dialogue block), so they are paired by that
 * element's text, never by their number. Passes, each only over what is still unpaired:
 * <ol>
 * <li>same rule, same speaker, same text (repeated texts pair in order of place);</li>
 * <li>same rule and similar text: word-set Jaccard similarity, plus {@value #SAME_SPEAKER_BONUS} for the same
 * speaker, at least {@value #MIN_SIMILARITY}, best first, within {@value #WINDOW} places of each other;</li>
 * <li>in place: a shot right after a paired one (or the first of the scene) is the old shot right after its
 * partner when both come from the same rule and, for dialogue, the same speaker — an edited line keeps its shot.</li>
 * </ol>
 * The old list is in script order (by first line), as the new one is.
 */
public final class ShotMatcher {

    static final double MIN_SIMILARITY = 0.5;
    static final double SAME_SPEAKER_BONUS = 0.15;
    static final int WINDOW = 200;

    private ShotMatcher() {
    }

    /** What a shot is anchored to. */
    public record Anchor(ShotOrigin origin, String key, String text) {

        public static Anchor of(DerivedShot shot) {
            return new Anchor(shot.origin(), shot.anchorKey(), shot.anchor());
        }

        public static Anchor of(ShotState shot) {
            return new Anchor(shot.origin(), shot.anchorKey(), shot.anchor());
        }
    }

    /** For each new anchor, the index of the old one it is, or -1. */
    public static int[] match(List<Anchor> old, List<Anchor> fresh) {
        var pairing = new Pairing(old.size(), fresh.size());
        pairing.pairEqual(old, fresh);

        var oldWords = old.stream().map(anchor -> words(anchor.text())).toList();
        var candidates = new ArrayList<Pairing.Candidate>();
        for (int n = 0; n < fresh.size(); n++) {
            if (!pairing.newFree(n)) {
                continue;
            }
            var mine = words(fresh.get(n).text());
            for (int o = Math.max(0, n - WINDOW); o < Math.min(old.size(), n + WINDOW + 1); o++) {
                if (!pairing.oldFree(o) || old.get(o).origin() != fresh.get(n).origin()) {
                    continue;
                }
                var theirs = oldWords.get(o);
                var common = new HashSet<>(mine);
                common.retainAll(theirs);
                int union = mine.size() + theirs.size() - common.size();
                double score = (union == 0 ? 1 : common.size() / (double) union)
                        + (old.get(o).key().equals(fresh.get(n).key()) ? SAME_SPEAKER_BONUS : 0);
                if (score >= MIN_SIMILARITY) {
                    candidates.add(new Pairing.Candidate(o, n, score, common.size()));
                }
            }
        }
        pairing.pairBest(candidates);
        pairing.pairInPlace(old.size(), (o, n) -> old.get(o).origin() == fresh.get(n).origin()
                && old.get(o).key().equals(fresh.get(n).key()));
        return pairing.oldOf;
    }

    private static Set<String> words(String normalized) {
        return normalized.isEmpty() ? Set.of() : new HashSet<>(List.of(normalized.split(" ")));
    }
}
