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
 * lengths do not fit together (a caller's mistake); {@link MalformedChange} is kept for input from outside. The
 * algorithms live beside it, as change.ts's functions: {@link ChangeMapping} ({@code mapSet}),
 * {@link ChangeComposition} ({@code composeSets}), {@link SectionBuilder} and {@link SectionIter}; the JSON form is
 * {@link ChangeJson}.
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

    /** The sections as pairs (len, ins), ins -1 for kept ones; shared, not copied: callers only read it. */
    int[] sections() {
        return sections;
    }

    /** The text that replaces section {@code index} ({@code ""} for kept sections and deletions). */
    String inserted(int index) {
        return index < 0 || index >= inserted.length ? "" : inserted[index];
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

    /**
     * Reads a change in the JSON form of CodeMirror's {@code ChangeSet.toJSON()}, for whatever document length it
     * covers ({@link #length()}): for steps already accepted, whose document is not at hand.
     *
     * @throws MalformedChange when it is not such a change, never anything else
     */
    public static TextChange parse(String json) {
        return ChangeJson.parse(json);
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
        var builder = new SectionBuilder();
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
     * This change moved over {@code other}, which starts from the same document, so that it applies after it.
     * {@code before} breaks ties between insertions at the same place: true puts this change's text first.
     * {@code a.compose(b.map(a))} and {@code b.compose(a.map(b, true))} reach the same document.
     */
    public TextChange map(TextChange other, boolean before) {
        requireSameLength(length(), other.length());
        return other.isEmpty() ? this : ChangeMapping.map(this, other, before);
    }

    /** This change followed by {@code next}, which starts from the document this one produces. */
    public TextChange compose(TextChange next) {
        requireSameLength(newLength(), next.length());
        return isEmpty() ? next : next.isEmpty() ? this : ChangeComposition.compose(this, next);
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
}
