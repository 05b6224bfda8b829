package org.filmfactory.screenplay;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A kept version beside the live text, line by line: every line of each appears once, in order.
 *
 * @param currentRevision the revision of the live text compared against
 */
public record ScriptComparison(ScriptVersion version, long currentRevision, List<ComparedLine> lines) {

    public ScriptComparison {
        lines = List.copyOf(lines);
    }

    /** Whether the version and the live text differ at all. */
    public boolean differs() {
        return lines.stream().anyMatch(line -> line.change() != Change.SAME);
    }

    /** What happened to a line between the version and now. */
    public enum Change {
        SAME, CHANGED, REMOVED, ADDED
    }

    /**
     * One row of the comparison.
     *
     * @param versionLine the line's number (from 1) in the version, 0 when the row has none there ({@code ADDED})
     * @param versionText its text in the version, null when none
     * @param currentLine the line's number (from 1) in the live text, 0 when the row has none there ({@code REMOVED})
     * @param currentText its text now, null when none
     */
    public record ComparedLine(Change change, int versionLine, @Nullable String versionText, int currentLine,
            @Nullable String currentText) {
    }
}
