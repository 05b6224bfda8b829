package org.filmfactory.review.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.filmfactory.review.ApprovalRefused;
import org.filmfactory.review.ApprovalState;
import org.jspecify.annotations.Nullable;

/**
 * A shot's way through review, and the one place its transitions live:
 * <pre>
 * DRAFT ──a take is selected──▶ IN_REVIEW ──approve──▶ APPROVED (the selected take is locked)
 *                                   │ ▲                    │
 *                     request changes │ └─another take selected┘
 *                                   ▼ │
 *                           CHANGES_REQUESTED ──another take selected──▶ IN_REVIEW
 * </pre>
 * Deciding again is allowed from any state that has a take (a director may approve after asking for changes, or
 * take an approval back by asking for changes). Approving needs a selected take; asking for changes needs a note.
 */
@Entity
@Table(name = "review_approval")
class Approval {

    @Id
    @Column(name = "shot_id")
    private UUID shotId;
    @Column(name = "project_id", nullable = false, updatable = false)
    private UUID projectId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ApprovalState state;
    @Column(name = "take_id")
    private @Nullable UUID takeId;
    @Column(name = "decided_by")
    private @Nullable UUID decidedBy;
    @Column(name = "decided_by_name")
    private @Nullable String decidedByName;
    @Column(name = "decided_at")
    private @Nullable Instant decidedAt;
    private @Nullable String note;

    protected Approval() {
    }

    Approval(UUID shotId, UUID projectId) {
        this.shotId = shotId;
        this.projectId = projectId;
        this.state = ApprovalState.DRAFT;
    }

    UUID projectId() {
        return projectId;
    }

    /**
     * The shot's selected take is {@code selected} now. A draft goes into review; a decision about another take no
     * longer holds (an approval's lock is lifted), so the shot is in review again with the new take.
     *
     * @return whether anything changed
     */
    boolean follow(@Nullable UUID selected) {
        if (selected == null || selected.equals(takeId) && state != ApprovalState.DRAFT) {
            return false;
        }
        state = ApprovalState.IN_REVIEW;
        takeId = selected;
        forgetDecision();
        return true;
    }

    /**
     * Approves the selected take and locks it.
     *
     * @throws ApprovalRefused when the shot has no selected take
     */
    void approve(@Nullable UUID selected, UUID by, String byName, Instant at, @Nullable String note) {
        if (selected == null) {
            throw new ApprovalRefused("review.error.no-take");
        }
        decide(ApprovalState.APPROVED, selected, by, byName, at, note);
    }

    /**
     * Asks for changes to the selected take (or to the shot, when it has none yet).
     *
     * @throws ApprovalRefused when the note is blank
     */
    void requestChanges(@Nullable UUID selected, UUID by, String byName, Instant at, String note) {
        if (note.isBlank()) {
            throw new ApprovalRefused("review.error.note-required");
        }
        decide(ApprovalState.CHANGES_REQUESTED, selected, by, byName, at, note);
    }

    private void decide(ApprovalState decision, @Nullable UUID take, UUID by, String byName, Instant at,
            @Nullable String why) {
        state = decision;
        takeId = take;
        decidedBy = by;
        decidedByName = byName;
        decidedAt = at;
        note = why == null || why.isBlank() ? null : why.strip();
    }

    private void forgetDecision() {
        decidedBy = null;
        decidedByName = null;
        decidedAt = null;
        note = null;
    }

    ApprovalRecord toRecord() {
        return new ApprovalRecord(shotId, projectId, state, takeId, decidedBy, decidedByName, decidedAt, note);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Approval approval && Objects.equals(shotId, approval.shotId);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(shotId);
    }
}
