package org.filmfactory.screenplay.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Who last changed each line of a script, followed step by step: start from a text whose lines are not attributed
 * (or attributed as given), then {@link #apply} each accepted change with its author and time. A change marks the
 * lines it touched with its author, except lines whose content it left as it was (pressing Enter at the end of a
 * line does not make that line yours; deleting a line does not make its neighbours yours). Lines are numbered as the
 * editor numbers them: the text split at every {@code \n}.
 *
 * <p>The text is kept as a list of lines rather than one string, and each change is located by walking from where the
 * previous one was, so a step costs time in proportion to the lines between the two changes and the size of the
 * change, not to the length of the script: typing is local, and a replay of 100,000 steps over a feature-length
 * script takes a fraction of a second. Not thread-safe; one instance per replay.
 */
public final class Authorship {

    /** A change's author and when the authority accepted it. */
    public record Mark(UUID author, Instant at) {
    }

    private final ArrayList<String> lines;
    private final ArrayList<@Nullable Mark> marks;
    private int length;
    /**
     * A line whose start is known ({@code hintStart}): where the last change began. People type near where they
     * typed last, so the next change's line is found by walking from here rather than from the top.
     */
    private int hintLine;
    private int hintStart;

    private Authorship(List<String> lines, List<@Nullable Mark> marks) {
        this.lines = new ArrayList<>(lines);
        this.marks = new ArrayList<>(marks);
        this.length = lines.stream().mapToInt(String::length).sum() + lines.size() - 1;
    }

    /** {@code text} with no line attributed to anyone: what was there before the history we know. */
    public static Authorship unattributed(String text) {
        var lines = LineDiff.lines(text);
        var marks = new ArrayList<@Nullable Mark>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            marks.add(null);
        }
        return new Authorship(lines, marks);
    }

    /** The text's length in UTF-16 code units, as a change made for it must cover. */
    public int length() {
        return length;
    }

    /** The text as it stands after the changes applied so far. */
    public String text() {
        return String.join("\n", lines);
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    /** Per line, who changed it last, or null where that is not known. */
    public List<@Nullable Mark> marks() {
        return new ArrayList<>(marks);
    }

    /**
     * Applies one accepted change made by {@code mark}'s author.
     *
     * @throws IllegalArgumentException when the change was not made for a text of {@link #length()}
     */
    public void apply(TextChange change, Mark mark) {
        if (change.length() != length) {
            throw new IllegalArgumentException("the change covers " + change.length() + " characters, the text has "
                    + length);
        }
        var groups = groups(change.changedRanges(false));
        // From the end backwards, so the line numbers of groups still to do stay valid.
        for (int g = groups.size() - 1; g >= 0; g--) {
            replace(groups.get(g), mark);
        }
        length = change.newLength();
        if (!groups.isEmpty()) {
            // Lines before the first change kept their text, so that line still starts where it did.
            hintLine = groups.getFirst().firstLine;
            hintStart = groups.getFirst().start;
        }
    }

    /** A copy lined up with {@code text}: lines both share keep their marks, the others are not attributed. */
    public Authorship alignedTo(String text) {
        var target = LineDiff.lines(text);
        var aligned = new ArrayList<@Nullable Mark>(target.size());
        for (int i = 0; i < target.size(); i++) {
            aligned.add(null);
        }
        for (var row : LineDiff.sideBySide(lines, target)) {
            if (row.kind() == LineDiff.Kind.SAME) {
                aligned.set(row.after(), marks.get(row.before()));
            }
        }
        return new Authorship(target, aligned);
    }

    /**
     * The changed ranges, gathered into runs of whole lines: ranges that touch the same line belong to one group,
     * since that line's new content depends on all of them.
     */
    private List<Group> groups(List<TextChange.ChangedRange> ranges) {
        var groups = new ArrayList<Group>();
        int line = hintLine;
        int lineStart = hintStart;
        if (!ranges.isEmpty()) {
            while (line > 0 && ranges.getFirst().fromA() < lineStart) {
                line--;
                lineStart -= lines.get(line).length() + 1;
            }
        }
        @Nullable Group current = null;
        for (var range : ranges) {
            // Walk forward to the line holding fromA: positions only grow within a change.
            while (range.fromA() > lineStart + lines.get(line).length()) {
                lineStart += lines.get(line).length() + 1;
                line++;
            }
            int fromLine = line;
            int fromLineStart = lineStart;
            while (range.toA() > lineStart + lines.get(line).length()) {
                lineStart += lines.get(line).length() + 1;
                line++;
            }
            if (current != null && fromLine <= current.lastLine) {
                current.lastLine = line;
                current.ranges.add(range);
            } else {
                current = new Group(fromLine, fromLineStart, line);
                current.ranges.add(range);
                groups.add(current);
            }
        }
        return groups;
    }

    private void replace(Group group, Mark mark) {
        var before = lines.subList(group.firstLine, group.lastLine + 1);
        var span = String.join("\n", before);
        var after = new StringBuilder(span.length() + 16);
        int pos = 0;
        for (var range : group.ranges) {
            after.append(span, pos, range.fromA() - group.start).append(range.inserted());
            pos = range.toA() - group.start;
        }
        after.append(span, pos, span.length());
        var newLines = LineDiff.lines(after.toString());
        var newMarks = new ArrayList<@Nullable Mark>(newLines.size());
        for (int i = 0; i < newLines.size(); i++) {
            newMarks.add(mark);
        }
        var oldMarks = marks.subList(group.firstLine, group.lastLine + 1);
        if (before.size() == 1 && newLines.size() == 1) {
            if (before.getFirst().equals(newLines.getFirst())) {
                newMarks.set(0, oldMarks.getFirst());
            }
        } else {
            // Lines the change left as they were keep who wrote them; a whole-text save of one changed scene
            // then marks that scene only, not everything between its first and last difference.
            for (var row : LineDiff.sideBySide(before, newLines)) {
                if (row.kind() == LineDiff.Kind.SAME) {
                    newMarks.set(row.after(), oldMarks.get(row.before()));
                }
            }
        }
        before.clear();
        before.addAll(newLines);
        oldMarks.clear();
        oldMarks.addAll(newMarks);
    }

    /** Lines {@code firstLine}–{@code lastLine}, starting at {@code start} in the text, and the ranges inside them. */
    private static final class Group {
        final int firstLine;
        final int start;
        int lastLine;
        final List<TextChange.ChangedRange> ranges = new ArrayList<>();

        Group(int firstLine, int start, int lastLine) {
            this.firstLine = firstLine;
            this.start = start;
            this.lastLine = lastLine;
        }
    }
}
