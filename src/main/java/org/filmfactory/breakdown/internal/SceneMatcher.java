package org.filmfactory.breakdown.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;

/**
 * Which scene of the new script is which scene of the old one, by content and never by number or position alone.
 * Passes, each only over what is still unpaired:
 * <ol>
 * <li>same heading and same body text (a scene that moved, or did not change);</li>
 * <li>same body text (a renamed heading);</li>
 * <li>similar body: shared three-word shingles, scored half by Jaccard similarity and half by overlap with the
 * smaller scene, plus a little for the same heading and the same speakers; pairs scoring at least
 * {@value #MIN_BODY_SCORE} on the body are taken best first (so when a scene is split, the part with the biggest
 * share of the old text keeps the id);</li>
 * <li>in place: a scene right after a paired scene, with the same heading as the old scene right after its
 * partner, is that scene rewritten.</li>
 * </ol>
 * A new scene still unpaired is new; when at least half of its shingles come from one old scene it records that
 * scene as its {@link Result#parentOf() parent}, so shots can follow their text into the split-off part.
 * Candidates come from an index of shingles, so the work grows with the script's length, not with its square.
 */
public final class SceneMatcher {

    static final double MIN_BODY_SCORE = 0.3;
    static final double MIN_PARENT_SHARE = 0.5;
    /** Shingles found in more scenes than this (stock phrases) do not propose candidates. */
    static final int COMMON_SHINGLE = 64;

    private SceneMatcher() {
    }

    /** A scene as compared. */
    public record Key(String headingKey, String body, List<String> characters) {

        public static Key of(SceneFacts facts) {
            return new Key(facts.headingKey(), facts.body(), facts.characters());
        }
    }

    /**
     * @param oldOf for each new scene, the index of the old scene it is, or -1
     * @param parentOf for each new scene that is new, the old scene most of its text comes from, or -1
     */
    public record Result(int[] oldOf, int[] parentOf) {
    }

    public static Result match(List<Key> old, List<Key> fresh) {
        var pairing = new Pairing(old.size(), fresh.size());
        pairing.pairEqual(keys(old, true), keys(fresh, true));
        pairing.pairEqual(keys(old, false), keys(fresh, false));

        var oldShingles = old.stream().map(key -> Shingles.of(key.body())).toList();
        var index = new HashMap<Long, List<Integer>>();
        for (int o = 0; o < old.size(); o++) {
            for (long shingle : oldShingles.get(o)) {
                index.computeIfAbsent(shingle, s -> new ArrayList<>()).add(o);
            }
        }
        var shared = new ArrayList<List<Pairing.Candidate>>(fresh.size());
        var candidates = new ArrayList<Pairing.Candidate>();
        for (int n = 0; n < fresh.size(); n++) {
            var mine = pairing.newFree(n) ? Shingles.of(fresh.get(n).body()) : new long[0];
            var proposed = new HashSet<Integer>();
            for (long shingle : mine) {
                var holders = index.get(shingle);
                if (holders != null && holders.size() <= COMMON_SHINGLE) {
                    proposed.addAll(holders);
                }
            }
            var scored = new ArrayList<Pairing.Candidate>();
            for (int o : proposed) {
                var theirs = oldShingles.get(o);
                int common = Shingles.common(mine, theirs);
                double jaccard = common / (double) (mine.length + theirs.length - common);
                double overlap = common / (double) Math.min(mine.length, theirs.length);
                double body = 0.5 * jaccard + 0.5 * overlap;
                double score = body + (old.get(o).headingKey().equals(fresh.get(n).headingKey()) ? 0.1 : 0)
                        + 0.05 * Shingles.jaccard(old.get(o).characters(), fresh.get(n).characters());
                var candidate = new Pairing.Candidate(o, n, score, common);
                scored.add(candidate);
                if (body >= MIN_BODY_SCORE && pairing.oldFree(o)) {
                    candidates.add(candidate);
                }
            }
            shared.add(scored);
        }
        pairing.pairBest(candidates);
        pairing.pairInPlace(old.size(), (o, n) -> old.get(o).headingKey().equals(fresh.get(n).headingKey()));

        var parentOf = new int[fresh.size()];
        Arrays.fill(parentOf, -1);
        for (int n = 0; n < fresh.size(); n++) {
            if (!pairing.newFree(n)) {
                continue;
            }
            int size = Shingles.of(fresh.get(n).body()).length;
            int best = 0;
            for (var candidate : shared.get(n)) {
                if (candidate.shared() > best && candidate.shared() >= MIN_PARENT_SHARE * size) {
                    best = candidate.shared();
                    parentOf[n] = candidate.oldIndex();
                }
            }
        }
        return new Result(pairing.oldOf, parentOf);
    }

    /** Heading and body ({@code withHeading}) or body alone; scenes with an empty body have no body key. */
    private static List<String> keys(List<Key> scenes, boolean withHeading) {
        var keys = new ArrayList<String>(scenes.size());
        for (var scene : scenes) {
            keys.add(withHeading ? scene.headingKey() + "\n" + scene.body()
                    : scene.body().isEmpty() ? null : scene.body());
        }
        return keys;
    }
}
