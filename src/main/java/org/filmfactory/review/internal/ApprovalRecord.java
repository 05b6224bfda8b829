package org.filmfactory.review.internal;

import java.time.Instant;
import java.util.UUID;
import org.filmfactory.review.ApprovalState;
import org.jspecify.annotations.Nullable;

/** A stored approval as the module's code passes it around. */
public record ApprovalRecord(UUID shotId, UUID projectId, ApprovalState state, @Nullable UUID takeId,
        @Nullable UUID decidedBy, @Nullable String decidedByName, @Nullable Instant decidedAt,
        @Nullable String note) {
}
