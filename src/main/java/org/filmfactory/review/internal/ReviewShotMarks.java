package org.filmfactory.review.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.filmfactory.breakdown.ShotId;
import org.filmfactory.project.ProjectId;
import org.filmfactory.review.ApprovalState;
import org.filmfactory.take.ShotMark;
import org.filmfactory.take.ShotMarks;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The approval badge and open comment count on the storyboard and the shot page: three queries for a window of shots
 * (approvals, selections of shots without one, open threads), none per shot. A draft shows only when it has open
 * comments.
 */
@Component
class ReviewShotMarks implements ShotMarks {

    private final ShotApprovals approvals;
    private final ReviewStore store;

    ReviewShotMarks(ShotApprovals approvals, ReviewStore store) {
        this.approvals = approvals;
        this.store = store;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<ShotId, ShotMark> marks(ProjectId projectId, Collection<ShotId> shots) {
        var states = approvals.of(projectId, shots);
        var open = store.openThreads(projectId.value(), shots.stream().map(ShotId::value).distinct().toList());
        var marks = new HashMap<ShotId, ShotMark>();
        for (var approval : states.values()) {
            var state = approval.state();
            int comments = open.getOrDefault(approval.shotId().value(), 0);
            if (state == ApprovalState.DRAFT && comments == 0) {
                continue;
            }
            marks.put(approval.shotId(), new ShotMark(state.key(), theme(state), comments));
        }
        return marks;
    }

    static String theme(ApprovalState state) {
        return switch (state) {
            case APPROVED -> "success";
            case CHANGES_REQUESTED -> "error";
            case IN_REVIEW -> "contrast";
            case DRAFT -> "";
        };
    }
}
