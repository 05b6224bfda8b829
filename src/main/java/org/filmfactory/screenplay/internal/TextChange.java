package org.filmfactory.screenplay.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One edit of the script text, as CodeMirror 6's {@code ChangeSet} (@codemirror/state, {@code src/change.ts}) models
 * it, ported line by line so that the server and simulated writers transform changes exactly as the browsers do.
 *
 * <p>A change is a run of sections over the whole document: each section either keeps {@code len} characters or
 * replaces {@code len} characters with {@code ins} new ones (an insertion has {@code len == 0}, a deletion
 * {@code ins == 0}). Positions and lengths are UTF-16 code units, as in CodeMirror and {@link String}, so a surrogate
 * pair counts two. Inserted text uses {@code "\n"} as its only line break, as CodeMirror's {@code Text} does.
 *
 * <p>Immutable and thread-safe. Methods that combine two changes throw {@link IllegalArgumentException} when their
 * lengths do not fit together (a caller's mistake); {@link MalformedChange} is kept for input from outside.
 */
public final class TextChange {

    /** Pairs of (len, ins): ins is -1 for a kept section, otherwise the length of the replacement. */
    private final int[] sections;
    /** Per section, the text that replaces it; {@code ""} for kept sections and deletions. */
    private final String[] inserted;

    private TextChange(int[] sections, String[] inserted) {
        this.sections = sections;
        this.inserted = inserted;
    }

    /**
     * Builds a change from sections as CodeMirror stores them and the inserted texts it kept for them; the list may
     * be shorter than the sections, missing entries meaning no text, as in {@code change.ts}.
     */
    static TextChange create(int[] sections, List<String> insertedTexts) {
        var inserted = new String[sections.length / 2];
        for (int i = 0; i < inserted.length; i++) {
            inserted[i] = i < insertedTexts.size() ? insertedTexts.get(i) : "";
            // Every algorithm below trusts this; a mismatch would mean a porting bug, not bad input.
            if (sections[2 * i + 1] < 0 ? !inserted[i].isEmpty() : inserted[i].length() != sections[2 * i + 1]) {
                throw new IllegalStateException("section " + i + " has text of the wrong length");
            }
        }
        return new TextChange(sections, inserted);
    }

    /**
     * Reads a change in the JSON form of CodeMirror's {@code ChangeSet.toJSON()} and checks that it is well formed
     * and applies to a script of {@code docLength} characters.
     *
     * @throws MalformedChange when it is not such a change, never anything else
     */
    public static TextChange fromJson(String json, int docLength) {
        return ChangeJson.read(json, docLength);
    }

    /** The JSON CodeMirror's {@code toJSON()} gives, as {@code JSON.stringify} writes it, without spaces. */
    public String toJson() {
        return ChangeJson.write(sections, inserted);
    }

    /**
     * Replaces {@code from}–{@code to} with {@code insert} in a script of {@code docLength} characters, as
     * {@code ChangeSet.of({from, to, insert}, docLength)}: {@code \r\n}, {@code \r} and {@code \n} all become one
     * line break.
     *
     * @throws MalformedChange when the range is outside the script
     */
    public static TextChange of(int docLength, int from, int to, String insert) {
        if (from > to || from < 0 || to > docLength) {
            throw new MalformedChange("position out of range: " + from + " to " + to + " in a script of "
                    + docLength + " characters");
        }
        var text = insert.replaceAll("\r\n?", "\n");
        if (from == to && text.isEmpty()) {
            return empty(docLength);
        }
        var builder = new Builder();
        builder.add(from, -1);
        builder.add(to - from, text.length());
        builder.addInsert(text);
        builder.add(docLength - to, -1);
        return builder.build();
    }

    /** The change that keeps all {@code length} characters. */
    public static TextChange empty(int length) {
        return new TextChange(length == 0 ? new int[0] : new int[] {length, -1}, length == 0 ? new String[0]
                : new String[] {""});
    }

    /** Length of the document before the change. */
    public int length() {
        int result = 0;
        for (int i = 0; i < sections.length; i += 2) {
            result += sections[i];
        }
        return result;
    }

    /** Length of the document after the change. */
    public int newLength() {
        int result = 0;
        for (int i = 0; i < sections.length; i += 2) {
            int ins = sections[i + 1];
            result += ins < 0 ? sections[i] : ins;
        }
        return result;
    }

    /** True when the change leaves the document as it is. */
    public boolean isEmpty() {
        return sections.length == 0 || sections.length == 2 && sections[1] < 0;
    }

    /** Number of UTF-16 code units this change inserts. */
    public int insertedLength() {
        int result = 0;
        for (int i = 1; i < sections.length; i += 2) {
            result += Math.max(0, sections[i]);
        }
        return result;
    }

    /**
     * The document after this change.
     *
     * @throws MalformedChange when {@code doc} is not {@link #length()} long
     */
    public String apply(String doc) {
        requireLength(doc);
        var out = new StringBuilder(newLength());
        int pos = 0;
        for (int i = 0; i < sections.length; i += 2) {
            int len = sections[i];
            if (sections[i + 1] < 0) {
                out.append(doc, pos, pos + len);
            } else {
                out.append(inserted[i >> 1]);
            }
            pos += len;
        }
        return out.toString();
    }

    /**
     * The change that takes the document this one produces back to {@code doc}, the document it started from.
     *
     * @throws MalformedChange when {@code doc} is not {@link #length()} long
     */
    public TextChange invert(String doc) {
        requireLength(doc);
        int[] result = sections.clone();
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
        return create(result, texts);
    }

    /**
     * This change moved over {@code other}, which starts from the same document, so that it applies after it.
     * {@code before} breaks ties between insertions at the same place: true puts this change's text first.
     * {@code a.compose(b.map(a))} and {@code b.compose(a.map(b, true))} reach the same document.
     */
    public TextChange map(TextChange other, boolean before) {
        requireSameLength(length(), other.length());
        return other.isEmpty() ? this : mapSet(this, other, before);
    }

    /** This change followed by {@code next}, which starts from the document this one produces. */
    public TextChange compose(TextChange next) {
        requireSameLength(newLength(), next.length());
        return isEmpty() ? next : next.isEmpty() ? this : composeSets(this, next);
    }

    /**
     * Where {@code pos} ends up after this change. With {@code assoc < 0} the position sticks to the character before
     * it (stays in front of text inserted there), otherwise to the character after it.
     *
     * @throws MalformedChange when {@code pos} is outside the document
     */
    public int mapPos(int pos, int assoc) {
        if (pos < 0) {
            throw new MalformedChange("position out of range: " + pos);
        }
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

    /** A replaced range: {@code fromA}–{@code toA} before the change became {@code fromB}–{@code toB} after it. */
    public record ChangedRange(int fromA, int toA, int fromB, int toB, String inserted) {
    }

    /**
     * The ranges this change replaces, in document order. Adjacent sections are joined into one range unless
     * {@code individual} is true, as in CodeMirror's {@code iterChanges}.
     */
    public List<ChangedRange> changedRanges(boolean individual) {
        var ranges = new ArrayList<ChangedRange>();
        for (int posA = 0, posB = 0, i = 0; i < sections.length;) {
            int len = sections[i++];
            int ins = sections[i++];
            if (ins < 0) {
                posA += len;
                posB += len;
                continue;
            }
            int endA = posA;
            int endB = posB;
            var text = new StringBuilder();
            while (true) {
                endA += len;
                endB += ins;
                text.append(inserted[(i - 2) >> 1]);
                if (individual || i == sections.length || sections[i + 1] < 0) {
                    break;
                }
                len = sections[i++];
                ins = sections[i++];
            }
            ranges.add(new ChangedRange(posA, endA, posB, endB, text.toString()));
            posA = endA;
            posB = endB;
        }
        return List.copyOf(ranges);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TextChange other && Arrays.equals(sections, other.sections)
                && Arrays.equals(inserted, other.inserted);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(sections) + Arrays.hashCode(inserted);
    }

    /** CodeMirror's debugging form: {@code 5 0:3 2} keeps 5, inserts 3, keeps 2. */
    @Override
    public String toString() {
        var result = new StringBuilder();
        for (int i = 0; i < sections.length; i += 2) {
            result.append(i == 0 ? "" : " ").append(sections[i]);
            if (sections[i + 1] >= 0) {
                result.append(':').append(sections[i + 1]);
            }
        }
        return result.toString();
    }

    private void requireLength(String doc) {
        int length = length();
        if (doc.length() != length) {
            throw new MalformedChange("change covers " + length + " characters but the script has " + doc.length());
        }
    }

    private static void requireSameLength(int expected, int actual) {
        // CodeMirror skips this check when one side is empty and loops forever on some mismatches; we refuse early.
        if (expected != actual) {
            throw new IllegalArgumentException("mismatched change lengths: " + expected + " and " + actual);
        }
    }

    /** {@code mapSet} from change.ts: a copy of {@code setA} that applies after {@code setB}. */
    private static TextChange mapSet(TextChange setA, TextChange setB, boolean before) {
        var result = new Builder();
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

    /** {@code composeSets} from change.ts: {@code setA} then {@code setB} as one change. */
    private static TextChange composeSets(TextChange setA, TextChange setB) {
        var result = new Builder();
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

    /**
     * Collects sections and texts the way change.ts's {@code addSection} and {@code addInsert} do, merging
     * neighbours so results come out in CodeMirror's canonical form (and so serialize identically).
     */
    private static final class Builder {

        private int[] sections = new int[8];
        private int size;
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
            return create(Arrays.copyOf(sections, size), texts);
        }
    }

    /** change.ts's {@code SectionIter}: walks sections, consuming them partially ({@code off}) when needed. */
    private static final class SectionIter {

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
            if (i < set.sections.length) {
                len = set.sections[i++];
                ins = set.sections[i++];
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
            int index = (i - 2) >> 1;
            return index < 0 || index >= set.inserted.length ? "" : set.inserted[index];
        }

        String textBit(int length) {
            return length == 0 ? "" : set.inserted[(i - 2) >> 1].substring(off, off + length);
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
}
