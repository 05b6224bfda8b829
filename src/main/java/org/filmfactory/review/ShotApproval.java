package org.filmfactory.review;

import java.time.Instant;
import org.filmfactory.breakdown.ShotId;
import org.filmfactory.take.TakeId;
import org.jspecify.annotations.Nullable;

/**
 * A shot's review state.
 *
 * @param take the take the decision was about (the locked take once approved), or null in draft
 * @param decidedBy display name of who approved or asked for changes, or null
 * @param note the decision's note (required when changes are requested)
 */
public record ShotApproval(ShotId shotId, ApprovalState state, @Nullable TakeId take, @Nullable String decidedBy,
        @Nullable Instant decidedAt, @Nullable String note) {
}
