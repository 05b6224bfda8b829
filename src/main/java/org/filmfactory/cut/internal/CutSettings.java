package org.filmfactory.cut.internal;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Rules of the cut.
 *
 * @param maxClips the most clips a cut may have: a feature of 1 500 shots with room to split, and a bound on the
 *     stored body (some 150 bytes a clip)
 * @param editAttempts how often an edit is tried again when another node's edit of the same cut got in between
 *     (each attempt rebases it on the newer cut)
 * @param undoDepth how far back undo and redo look for a person's edit that still applies
 * @param rememberedCuts how many projects' cuts a node keeps parsed in memory (a feature's is about 1 MB of heap)
 * @param keptEdits how many of each person's revisions of a cut are kept in its history (revisions made by following
 *     the shot list count as one more person's); older ones are removed as new ones come. At least {@code undoDepth}.
 *     An edit made on a revision further back than this is refused (the history to rebase it on is gone)
 * @param followQuiet how long the cut waits after a change of the shot list before following it: a burst of changes
 *     (typing in the script, a director's edits) makes one revision of the cut
 */
@ConfigurationProperties("filmfactory.cut")
@Validated
public record CutSettings(
        @DefaultValue("5000") @Min(1) @Max(20000) int maxClips,
        @DefaultValue("50") @Min(1) int editAttempts,
        @DefaultValue("100") @Min(1) int undoDepth,
        @DefaultValue("32") @Min(1) int rememberedCuts,
        @DefaultValue("200") @Min(1) int keptEdits,
        @DefaultValue("300ms") Duration followQuiet) {

    @AssertTrue(message = "kept-edits must be at least undo-depth")
    boolean isKeptEditsCoverUndo() {
        return keptEdits >= undoDepth;
    }
}
