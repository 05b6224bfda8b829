package org.filmfactory.review;

import java.util.Locale;

/**
 * Where a shot is in review. Draft until it has a take; in review once a take is selected; changes requested or
 * approved by a director or owner. Approving locks the selected take; selecting another take reopens review.
 */
public enum ApprovalState {
    DRAFT, IN_REVIEW, CHANGES_REQUESTED, APPROVED;

    /** Translation key of its label, e.g. {@code review.state.approved}. */
    public String key() {
        return "review.state." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
