package org.filmfactory.screenplay.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Which lines two texts share, in order: Myers' O((N+M)D) difference algorithm in its linear-space form (the "middle
 * snake" bisection, as in Myers 1986 §4b and diff-match-patch's {@code diff_bisect}), over whole lines. Lines are
 * compared by content; common starts and ends are taken off first, so the usual case — a script with a few changed
 * scenes — costs little more than reading it.
 *
 * <p>Two texts that differ almost everywhere would cost N×M: past {@link #MAX_HALF_DISTANCE} edits in one region the
 * region is reported as removed and added whole. The answer is still a correct difference, just not the smallest.
 *
 * <p>Pure and thread-safe.
 */
public final class LineDiff {

    /** How far each bisection searches (half of the edit distance it can find), bounding time to about 4·limit². */
    static final int MAX_HALF_DISTANCE = 2048;

    /** What became of a line. */
    public enum Kind {
        SAME, CHANGED, REMOVED, ADDED
    }

    /**
     * One row of a side-by-side comparison.
     *
     * @param before the line's index (0-based) in the earlier text, or -1 when the row has none there (added)
     * @param after the line's index (0-based) in the later text, or -1 when the row has none there (removed)
     */
    public record Row(Kind kind, int before, int after) {
    }

    private static final int SAME = 0;
    private static final int REMOVE = 1;
    private static final int ADD = 2;

    private LineDiff() {
    }

    /** The text's lines as the editor numbers them: split at every {@code \n}, so "a\n" has two lines. */
    public static List<String> lines(String text) {
        return List.of(text.split("\n", -1));
    }

    /**
     * The two texts side by side, in order: lines both have ({@link Kind#SAME}), and between them each run of removed
     * and added lines, paired up as {@link Kind#CHANGED} as far as both go, the rest {@link Kind#REMOVED} or
     * {@link Kind#ADDED}. Every line of each text appears in exactly one row, in its original order.
     */
    public static List<Row> sideBySide(List<String> before, List<String> after) {
        var ops = edits(before, after);
        var rows = new ArrayList<Row>(Math.max(before.size(), after.size()));
        var removed = new ArrayList<Integer>();
        var added = new ArrayList<Integer>();
        for (int i = 0; i < ops.size(); i += 3) {
            int op = ops.get(i);
            if (op == SAME) {
                pair(removed, added, rows);
                rows.add(new Row(Kind.SAME, ops.get(i + 1), ops.get(i + 2)));
            } else if (op == REMOVE) {
                removed.add(ops.get(i + 1));
            } else {
                added.add(ops.get(i + 2));
            }
        }
        pair(removed, added, rows);
        return List.copyOf(rows);
    }

    private static void pair(List<Integer> removed, List<Integer> added, List<Row> rows) {
        int both = Math.min(removed.size(), added.size());
        for (int i = 0; i < both; i++) {
            rows.add(new Row(Kind.CHANGED, removed.get(i), added.get(i)));
        }
        for (int i = both; i < removed.size(); i++) {
            rows.add(new Row(Kind.REMOVED, removed.get(i), -1));
        }
        for (int i = both; i < added.size(); i++) {
            rows.add(new Row(Kind.ADDED, -1, added.get(i)));
        }
        removed.clear();
        added.clear();
    }

    /** The edit script as triples (operation, index before, index after), in order. */
    private static Ops edits(List<String> before, List<String> after) {
        // Lines become small numbers, so the inner loops compare ints rather than strings.
        var numbers = new HashMap<String, Integer>();
        int[] a = new int[before.size()];
        int[] b = new int[after.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = numbers.computeIfAbsent(before.get(i), line -> numbers.size());
        }
        for (int i = 0; i < b.length; i++) {
            b[i] = numbers.computeIfAbsent(after.get(i), line -> numbers.size());
        }
        var ops = new Ops();
        diff(a, 0, a.length, b, 0, b.length, ops);
        return ops;
    }

    private static void diff(int[] a, int aLo, int aHi, int[] b, int bLo, int bHi, Ops out) {
        while (aLo < aHi && bLo < bHi && a[aLo] == b[bLo]) {
            out.add(SAME, aLo++, bLo++);
        }
        int suffix = 0;
        while (aHi - suffix > aLo && bHi - suffix > bLo && a[aHi - 1 - suffix] == b[bHi - 1 - suffix]) {
            suffix++;
        }
        int aEnd = aHi - suffix;
        int bEnd = bHi - suffix;
        if (aLo == aEnd || bLo == bEnd) {
            replace(aLo, aEnd, bLo, bEnd, out);
        } else {
            var split = bisect(a, aLo, aEnd, b, bLo, bEnd);
            if (split == null) {
                replace(aLo, aEnd, bLo, bEnd, out);
            } else {
                diff(a, aLo, split[0], b, bLo, split[1], out);
                diff(a, split[0], aEnd, b, split[1], bEnd, out);
            }
        }
        for (int i = 0; i < suffix; i++) {
            out.add(SAME, aEnd + i, bEnd + i);
        }
    }

    private static void replace(int aLo, int aHi, int bLo, int bHi, Ops out) {
        for (int i = aLo; i < aHi; i++) {
            out.add(REMOVE, i, -1);
        }
        for (int j = bLo; j < bHi; j++) {
            out.add(ADD, -1, j);
        }
    }

    /**
     * Where the forward and backward searches meet (absolute indexes), or null when they do not within the limit or
     * the regions share nothing. Both regions are non-empty and differ in their first and last lines.
     */
    private static int @Nullable [] bisect(int[] a, int aLo, int aHi, int[] b, int bLo, int bHi) {
        int n = aHi - aLo;
        int m = bHi - bLo;
        int maxD = (n + m + 1) / 2;
        int vOffset = maxD;
        int vLength = 2 * maxD + 2;
        int[] v1 = new int[vLength];
        int[] v2 = new int[vLength];
        Arrays.fill(v1, -1);
        Arrays.fill(v2, -1);
        v1[vOffset + 1] = 0;
        v2[vOffset + 1] = 0;
        int delta = n - m;
        // With an odd delta the forward path meets the reverse one; with an even one, the reverse meets the forward.
        boolean front = (delta & 1) != 0;
        int k1start = 0;
        int k1end = 0;
        int k2start = 0;
        int k2end = 0;
        int limit = Math.min(maxD, MAX_HALF_DISTANCE);
        for (int d = 0; d < limit; d++) {
            for (int k1 = -d + k1start; k1 <= d - k1end; k1 += 2) {
                int k1Offset = vOffset + k1;
                int x1 = k1 == -d || k1 != d && v1[k1Offset - 1] < v1[k1Offset + 1]
                        ? v1[k1Offset + 1] : v1[k1Offset - 1] + 1;
                int y1 = x1 - k1;
                while (x1 < n && y1 < m && a[aLo + x1] == b[bLo + y1]) {
                    x1++;
                    y1++;
                }
                v1[k1Offset] = x1;
                if (x1 > n) {
                    k1end += 2;
                } else if (y1 > m) {
                    k1start += 2;
                } else if (front) {
                    int k2Offset = vOffset + delta - k1;
                    if (k2Offset >= 0 && k2Offset < vLength && v2[k2Offset] != -1 && x1 >= n - v2[k2Offset]) {
                        return split(aLo, aHi, bLo, bHi, x1, y1);
                    }
                }
            }
            for (int k2 = -d + k2start; k2 <= d - k2end; k2 += 2) {
                int k2Offset = vOffset + k2;
                int x2 = k2 == -d || k2 != d && v2[k2Offset - 1] < v2[k2Offset + 1]
                        ? v2[k2Offset + 1] : v2[k2Offset - 1] + 1;
                int y2 = x2 - k2;
                while (x2 < n && y2 < m && a[aHi - 1 - x2] == b[bHi - 1 - y2]) {
                    x2++;
                    y2++;
                }
                v2[k2Offset] = x2;
                if (x2 > n) {
                    k2end += 2;
                } else if (y2 > m) {
                    k2start += 2;
                } else if (!front) {
                    int k1Offset = vOffset + delta - k2;
                    if (k1Offset >= 0 && k1Offset < vLength && v1[k1Offset] != -1) {
                        int x1 = v1[k1Offset];
                        int y1 = vOffset + x1 - k1Offset;
                        if (x1 >= n - x2) {
                            return split(aLo, aHi, bLo, bHi, x1, y1);
                        }
                    }
                }
            }
        }
        return null;
    }

    /** The meeting point as absolute indexes, or null if it would not make both halves smaller (no progress). */
    private static int @Nullable [] split(int aLo, int aHi, int bLo, int bHi, int x, int y) {
        int aSplit = aLo + x;
        int bSplit = bLo + y;
        if (aSplit == aLo && bSplit == bLo || aSplit == aHi && bSplit == bHi) {
            return null;
        }
        return new int[] {aSplit, bSplit};
    }

    /** A growable list of ints, three per edit. */
    private static final class Ops {
        private int[] values = new int[48];
        private int size;

        void add(int op, int before, int after) {
            if (size + 3 > values.length) {
                values = Arrays.copyOf(values, values.length * 2);
            }
            values[size++] = op;
            values[size++] = before;
            values[size++] = after;
        }

        int get(int index) {
            return values[index];
        }

        int size() {
            return size;
        }
    }
}
