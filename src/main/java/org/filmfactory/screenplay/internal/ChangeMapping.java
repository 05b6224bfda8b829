package org.filmfactory.screenplay.internal;

/**
 * Moving one change over another that starts from the same document ({@code mapSet} in @codemirror/state's
 * {@code src/change.ts}), ported line by line for {@link TextChange#map}.
 */
final class ChangeMapping {

    private ChangeMapping() {
    }

    /** {@code mapSet} from change.ts: a copy of {@code setA} that applies after {@code setB}. */
    static TextChange map(TextChange setA, TextChange setB, boolean before) {
        var result = new SectionBuilder();
        var a = new SectionIter(setA);
        var b = new SectionIter(setB);
        // For a change in A processed piece by piece, the section index whose text was already inserted.
        int inserted = -1;
        while (true) {
            if (a.done() && b.len != 0 || b.done() && a.len != 0) {
                throw new IllegalArgumentException("mismatched change lengths");
            } else if (a.ins == -1 && b.ins == -1) {
                // Both keep this stretch.
                int len = Math.min(a.len, b.len);
                result.add(len, -1);
                a.forward(len);
                b.forward(len);
            } else if (b.ins >= 0 && (a.ins < 0 || inserted == a.i
                    || a.off == 0 && (b.len < a.len || b.len == a.len && !before))) {
                // B's change comes first (by start, then length, then the before flag): keep its text and drop
                // what of A it covers, except insertions of A that fall entirely inside it.
                int len = b.len;
                result.add(b.ins, -1);
                while (len != 0) {
                    int piece = Math.min(a.len, len);
                    if (a.ins >= 0 && inserted < a.i && a.len <= piece) {
                        result.add(0, a.ins);
                        result.addInsert(a.text());
                        inserted = a.i;
                    }
                    a.forward(piece);
                    len -= piece;
                }
                b.next();
            } else if (a.ins >= 0) {
                // A's change, up to the next change of B that is not a plain deletion inside it.
                int len = 0;
                int left = a.len;
                while (left != 0) {
                    if (b.ins == -1) {
                        int piece = Math.min(left, b.len);
                        len += piece;
                        left -= piece;
                        b.forward(piece);
                    } else if (b.ins == 0 && b.len < left) {
                        left -= b.len;
                        b.next();
                    } else {
                        break;
                    }
                }
                result.add(len, inserted < a.i ? a.ins : 0);
                if (inserted < a.i) {
                    result.addInsert(a.text());
                }
                inserted = a.i;
                a.forward(a.len - left);
            } else if (a.done() && b.done()) {
                return result.build();
            } else {
                throw new IllegalArgumentException("mismatched change lengths");
            }
        }
    }
}
