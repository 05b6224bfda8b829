package org.filmfactory.screenplay.internal;

/** change.ts's {@code SectionIter}: walks sections, consuming them partially ({@code off}) when needed. */
final class SectionIter {

    private final TextChange set;
    int i;
    int len;
    int off;
    int ins;

    SectionIter(TextChange set) {
        this.set = set;
        next();
    }

    void next() {
        var sections = set.sections();
        if (i < sections.length) {
            len = sections[i++];
            ins = sections[i++];
        } else {
            len = 0;
            ins = -2;
        }
        off = 0;
    }

    boolean done() {
        return ins == -2;
    }

    int len2() {
        return ins < 0 ? len : ins;
    }

    String text() {
        return set.inserted((i - 2) >> 1);
    }

    String textBit(int length) {
        return length == 0 ? "" : set.inserted((i - 2) >> 1).substring(off, off + length);
    }

    void forward(int length) {
        if (length == len) {
            next();
        } else {
            len -= length;
            off += length;
        }
    }

    void forward2(int length) {
        if (ins == -1) {
            forward(length);
        } else if (length == ins) {
            next();
        } else {
            ins -= length;
            off += length;
        }
    }
}
