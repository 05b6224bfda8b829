package org.filmfactory.breakdown.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * The one-to-one pairing of old things (scenes, shots) with new ones that {@link SceneMatcher} and
 * {@link ShotMatcher} build up pass by pass. {@code oldOf[n]} is the old index paired with new index {@code n},
 * or -1.
 */
final class Pairing {

    final int[] oldOf;
    final int[] newOf;

    Pairing(int oldCount, int newCount) {
        oldOf = new int[newCount];
        newOf = new int[oldCount];
        Arrays.fill(oldOf, -1);
        Arrays.fill(newOf, -1);
    }

    void pair(int oldIndex, int newIndex) {
        oldOf[newIndex] = oldIndex;
        newOf[oldIndex] = newIndex;
    }

    boolean oldFree(int oldIndex) {
        return newOf[oldIndex] < 0;
    }

    boolean newFree(int newIndex) {
        return oldOf[newIndex] < 0;
    }

    /**
     * Pairs equal keys. A key found once on each side pairs at once; repeated keys (the same "He nods." three
     * times) then pair in order, each new one with the old one nearest to where the new one's predecessor says it
     * should be, so a copy inserted above does not shift the others. Null keys never pair.
     */
    void pairEqual(List<?> oldKeys, List<?> newKeys) {
        var olds = new HashMap<Object, List<Integer>>();
        for (int o = 0; o < oldKeys.size(); o++) {
            var key = oldKeys.get(o);
            if (key != null && oldFree(o)) {
                olds.computeIfAbsent(key, k -> new ArrayList<>()).add(o);
            }
        }
        var news = new HashMap<Object, Integer>();
        for (int n = 0; n < newKeys.size(); n++) {
            var key = newKeys.get(n);
            if (key != null && newFree(n)) {
                news.merge(key, 1, Integer::sum);
            }
        }
        for (int n = 0; n < newKeys.size(); n++) {
            var key = newKeys.get(n);
            var candidates = key == null ? null : olds.get(key);
            if (newFree(n) && candidates != null && candidates.size() == 1 && news.getOrDefault(key, 0) == 1) {
                pair(candidates.removeFirst(), n);
            }
        }
        for (int n = 0; n < newKeys.size(); n++) {
            var key = newKeys.get(n);
            var candidates = key == null ? null : olds.get(key);
            if (candidates == null || candidates.isEmpty() || !newFree(n)) {
                continue;
            }
            int expected = expectedOld(n);
            int best = 0;
            for (int c = 1; c < candidates.size(); c++) {
                if (Math.abs(candidates.get(c) - expected) < Math.abs(candidates.get(best) - expected)) {
                    best = c;
                }
            }
            pair(candidates.remove(best), n);
        }
    }

    /** Where new index {@code n} would sit among the old ones, judging by the nearest paired new one before it. */
    int expectedOld(int n) {
        for (int p = n - 1; p >= 0; p--) {
            if (oldOf[p] >= 0) {
                return oldOf[p] + (n - p);
            }
        }
        return n;
    }

    /**
     * Pairs by place: a free new one right after a paired one (or first of all) takes the free old one right after
     * its partner (or the first old one), when {@code fits} accepts that old one.
     */
    void pairInPlace(int oldCount, BiPredicate<Integer, Integer> fits) {
        for (int n = 0; n < oldOf.length; n++) {
            if (!newFree(n)) {
                continue;
            }
            int o = n == 0 ? 0 : oldOf[n - 1] >= 0 ? oldOf[n - 1] + 1 : -1;
            if (o >= 0 && o < oldCount && oldFree(o) && fits.test(o, n)) {
                pair(o, n);
            }
        }
    }

    /** Pairs the best-scoring candidates first; ties go to the pair closest in place. */
    void pairBest(List<Candidate> candidates) {
        var sorted = new ArrayList<>(candidates);
        sorted.sort((a, b) -> {
            int byScore = Double.compare(b.score(), a.score());
            if (byScore != 0) {
                return byScore;
            }
            int byShared = Integer.compare(b.shared(), a.shared());
            if (byShared != 0) {
                return byShared;
            }
            return Integer.compare(Math.abs(a.oldIndex() - a.newIndex()), Math.abs(b.oldIndex() - b.newIndex()));
        });
        for (var candidate : sorted) {
            if (oldFree(candidate.oldIndex()) && newFree(candidate.newIndex())) {
                pair(candidate.oldIndex(), candidate.newIndex());
            }
        }
    }

    /** A possible pair and how alike the two are. */
    record Candidate(int oldIndex, int newIndex, double score, int shared) {
    }
}
