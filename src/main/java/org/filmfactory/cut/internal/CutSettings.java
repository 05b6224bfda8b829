package org.filmfactory.cut.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
 */
@ConfigurationProperties("filmfactory.cut")
@Validated
public record CutSettings(
        @DefaultValue("5000") @Min(1) @Max(20000) int maxClips,
        @DefaultValue("50") @Min(1) int editAttempts,
        @DefaultValue("100") @Min(1) int undoDepth,
        @DefaultValue("32") @Min(1) int rememberedCuts) {
}
