package org.filmfactory.screenplay.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Collects sections and texts the way change.ts's {@code addSection} and {@code addInsert} do, merging
 * neighbours so results come out in CodeMirror's canonical form (and so serialize identically).
 */
final class SectionBuilder {

    private int[] sections = new int[8];
    /** Entries of {@code sections} in use; composing reads it to see whether a piece started a new section. */
    int size;
    private final List<String> texts = new ArrayList<>();

    void add(int len, int ins) {
        add(len, ins, false);
    }

    void add(int len, int ins, boolean forceJoin) {
        if (len == 0 && ins <= 0) {
            return;
        }
        int last = size - 2;
        if (last >= 0 && ins <= 0 && ins == sections[last + 1]) {
            sections[last] += len;
        } else if (last >= 0 && len == 0 && sections[last] == 0) {
            sections[last + 1] += ins;
        } else if (forceJoin) {
            sections[last] += len;
            sections[last + 1] += ins;
        } else {
            if (size == sections.length) {
                sections = Arrays.copyOf(sections, size * 2);
            }
            sections[size++] = len;
            sections[size++] = ins;
        }
    }

    /** Text for the section added last; appended when that section already has some. */
    void addInsert(String value) {
        if (value.isEmpty()) {
            return;
        }
        int index = (size - 2) >> 1;
        if (index < texts.size()) {
            texts.set(texts.size() - 1, texts.getLast() + value);
        } else {
            while (texts.size() < index) {
                texts.add("");
            }
            texts.add(value);
        }
    }

    TextChange build() {
        return TextChange.create(Arrays.copyOf(sections, size), texts);
    }
}
