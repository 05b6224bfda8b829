package org.filmfactory.review.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.filmfactory.breakdown.ShotId;
import org.filmfactory.project.ProjectId;
import org.filmfactory.review.ApprovalState;
import org.filmfactory.review.ShotApproval;
import org.filmfactory.take.TakeGeneration;
import org.filmfactory.take.TakeId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shots' approvals as members see them, for a window of shots in two queries. A shot without a stored approval is in
 * review when it has a selected take (one made before review existed, or whose event is still on its way), else a
 * draft. No permission check: the caller has checked {@code VIEW}.
 */
@Component
@Transactional(readOnly = true)
public class ShotApprovals {

    private final ReviewStore store;
    private final TakeGeneration takes;

    ShotApprovals(ReviewStore store, TakeGeneration takes) {
        this.store = store;
        this.takes = takes;
    }

    public Map<ShotId, ShotApproval> of(ProjectId projectId, Collection<ShotId> shots) {
        var distinct = shots.stream().distinct().toList();
        var stored = store.approvals(projectId.value(), distinct.stream().map(ShotId::value).toList());
        var unknown = distinct.stream().filter(shot -> !stored.containsKey(shot.value())).toList();
        var selected = unknown.isEmpty() ? Map.<ShotId, TakeId>of() : takes.selectedTakes(projectId, unknown);
        var approvals = new LinkedHashMap<ShotId, ShotApproval>();
        for (var shot : distinct) {
            var approval = stored.get(shot.value());
            if (approval != null) {
                approvals.put(shot, new ShotApproval(shot, approval.state(),
                        approval.takeId() == null ? null : new TakeId(approval.takeId()), approval.decidedByName(),
                        approval.decidedAt(), approval.note()));
            } else {
                var take = selected.get(shot);
                approvals.put(shot, new ShotApproval(shot, take == null ? ApprovalState.DRAFT
                        : ApprovalState.IN_REVIEW, take, null, null, null));
            }
        }
        return approvals;
    }

    public ShotApproval of(ProjectId projectId, ShotId shot) {
        return of(projectId, List.of(shot)).get(shot);
    }
}
