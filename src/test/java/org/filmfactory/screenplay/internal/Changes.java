package org.filmfactory.screenplay.internal;

import java.util.ArrayList;

/**
 * The parts of CodeMirror's change algebra that only tests need, beside {@link TextChange}: inverting a change (the
 * simulated writers' undo) and mapping a position (checked against CodeMirror's own results).
 */
final class Changes {

    private Changes() {
    }

    /**
     * {@code ChangeSet.invert}: the change that takes the document {@code change} produces back to {@code doc}, the
     * document it started from.
     *
     * @throws MalformedChange when {@code doc} is not {@link TextChange#length()} long
     */
    static TextChange invert(TextChange change, String doc) {
        requireLength(change, doc);
        int[] result = change.sections().clone();
        var texts = new ArrayList<String>();
        for (int i = 0, pos = 0; i < result.length; i += 2) {
            int len = result[i];
            int ins = result[i + 1];
            if (ins >= 0) {
                result[i] = ins;
                result[i + 1] = len;
                while (texts.size() < i >> 1) {
                    texts.add("");
                }
                texts.add(doc.substring(pos, pos + len));
            }
            pos += len;
        }
        return TextChange.create(result, texts);
    }

    /**
     * {@code ChangeSet.mapPos}: where {@code pos} ends up after {@code change}. With {@code assoc < 0} the position
     * sticks to the character before it (stays in front of text inserted there), otherwise to the one after it.
     *
     * @throws MalformedChange when {@code pos} is outside the document
     */
    static int mapPos(TextChange change, int pos, int assoc) {
        if (pos < 0) {
            throw new MalformedChange("position out of range: " + pos);
        }
        var sections = change.sections();
        int posA = 0;
        int posB = 0;
        for (int i = 0; i < sections.length; i += 2) {
            int len = sections[i];
            int ins = sections[i + 1];
            int endA = posA + len;
            if (ins < 0) {
                if (endA > pos) {
                    return posB + (pos - posA);
                }
                posB += len;
            } else {
                if (endA > pos || endA == pos && assoc < 0 && len == 0) {
                    return pos == posA || assoc < 0 ? posB : posB + ins;
                }
                posB += ins;
            }
            posA = endA;
        }
        if (pos > posA) {
            throw new MalformedChange("position out of range: " + pos + " in a script of " + posA + " characters");
        }
        return posB;
    }

    private static void requireLength(TextChange change, String doc) {
        if (doc.length() != change.length()) {
            throw new MalformedChange("change covers " + change.length() + " characters but the script has "
                    + doc.length());
        }
    }
}
