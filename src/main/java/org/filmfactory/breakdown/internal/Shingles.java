package org.filmfactory.breakdown.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;

/** Text as a set of overlapping three-token pieces, for telling how much two texts share. */
final class Shingles {

    static final int SIZE = 3;

    private Shingles() {
    }

    /** The distinct shingle hashes of normalized text, sorted; text shorter than a shingle is one shingle. */
    static long[] of(String normalized) {
        if (normalized.isEmpty()) {
            return new long[0];
        }
        var tokens = normalized.split(" ");
        if (tokens.length < SIZE) {
            return new long[] {hash(normalized)};
        }
        var hashes = new long[tokens.length - SIZE + 1];
        for (int i = 0; i < hashes.length; i++) {
            hashes[i] = hash(tokens[i] + ' ' + tokens[i + 1] + ' ' + tokens[i + 2]);
        }
        Arrays.sort(hashes);
        int distinct = 0;
        for (int i = 0; i < hashes.length; i++) {
            if (i == 0 || hashes[i] != hashes[i - 1]) {
                hashes[distinct++] = hashes[i];
            }
        }
        return Arrays.copyOf(hashes, distinct);
    }

    /** How many shingles two sorted sets share. */
    static int common(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return common;
    }

    /** Jaccard similarity of two word sets: 1 for two empty sets. */
    static double jaccard(List<String> a, List<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        var union = new HashSet<>(a);
        union.addAll(b);
        var common = new HashSet<>(a);
        common.retainAll(new HashSet<>(b));
        return common.size() / (double) union.size();
    }

    /** 64-bit FNV-1a of the UTF-8 bytes: stable across runs and machines. */
    static long hash(String text) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}
