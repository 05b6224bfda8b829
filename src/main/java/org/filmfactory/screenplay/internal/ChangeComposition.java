package org.filmfactory.screenplay.internal;

/**
 * Two consecutive changes as one ({@code composeSets} in @codemirror/state's {@code src/change.ts}), ported line by
 * line for {@link TextChange#compose}.
 */
final class ChangeComposition {

    private ChangeComposition() {
    }

    /** {@code composeSets} from change.ts: {@code setA} then {@code setB} as one change. */
    static TextChange compose(TextChange setA, TextChange setB) {
        var result = new SectionBuilder();
        var a = new SectionIter(setA);
        var b = new SectionIter(setB);
        // Whether the last section written is still growing and the next piece must join it.
        boolean open = false;
        while (true) {
            if (a.done() && b.done()) {
                return result.build();
            } else if (a.ins == 0) {
                // Deletion in A: B never saw that text.
                result.add(a.len, 0, open);
                a.next();
            } else if (b.len == 0 && !b.done()) {
                // Insertion in B.
                result.add(0, b.ins, open);
                result.addInsert(b.text());
                b.next();
            } else if (a.done() || b.done()) {
                throw new IllegalArgumentException("mismatched change lengths");
            } else {
                int len = Math.min(a.len2(), b.len);
                int sectionLen = result.size;
                if (a.ins == -1) {
                    int insB = b.ins == -1 ? -1 : b.off != 0 ? 0 : b.ins;
                    result.add(len, insB, open);
                    if (insB != 0) {
                        result.addInsert(b.text());
                    }
                } else if (b.ins == -1) {
                    result.add(a.off != 0 ? 0 : a.len, len, open);
                    result.addInsert(a.textBit(len));
                } else {
                    result.add(a.off != 0 ? 0 : a.len, b.off != 0 ? 0 : b.ins, open);
                    if (b.off == 0) {
                        result.addInsert(b.text());
                    }
                }
                open = (a.ins > len || b.ins >= 0 && b.len > len) && (open || result.size > sectionLen);
                a.forward2(len);
                b.forward(len);
            }
        }
    }
}
