package org.filmfactory.review;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.filmfactory.account.CurrentUser;
import org.filmfactory.breakdown.Breakdowns;
import org.filmfactory.breakdown.Shot;
import org.filmfactory.breakdown.ShotId;
import org.filmfactory.project.Permission;
import org.filmfactory.project.ProjectAccess;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectNavigation;
import org.filmfactory.review.internal.activity.ActivityLog;
import org.filmfactory.review.internal.activity.Mentions;
import org.filmfactory.take.TakeGeneration;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's activity feed, and what waits for each member. The feed: who did what, when — script versions, shot-list edits, takes, comments, decisions and
 * crew changes — newest first. Every member may read it ({@code VIEW}); anyone else is refused like a forbidden
 * action. Entries are written after the fact from the modules' domain events; each new one goes out as
 * {@code LiveUpdate.ActivityAdded}.
 */
@Service
@Transactional(readOnly = true)
public class ActivityFeed {

    /** The feed screen's path below a project's room. */
    public static final String ROUTE = "activity";

    /** The largest page one call returns. */
    public static final int MAX_PAGE = 500;

    private final ProjectAccess access;
    private final CurrentUser currentUser;
    private final ActivityLog log;
    private final Breakdowns breakdowns;
    private final TakeGeneration takes;
    private final Reviews reviews;
    private final Mentions mentions;

    ActivityFeed(ProjectAccess access, CurrentUser currentUser, ActivityLog log, Breakdowns breakdowns,
            TakeGeneration takes, Reviews reviews, Mentions mentions) {
        this.access = access;
        this.currentUser = currentUser;
        this.log = log;
        this.breakdowns = breakdowns;
        this.takes = takes;
        this.reviews = reviews;
        this.mentions = mentions;
    }

    /** The feed screen of a project, relative to the studio's root. */
    public static String path(ProjectId projectId) {
        return ProjectNavigation.toSection(projectId, ROUTE);
    }

    /**
     * Entries older than {@code before} (all when null) that pass the filter, newest first.
     *
     * @param size how many at most, 1 to {@link #MAX_PAGE} (clamped)
     * @throws org.filmfactory.project.NotAllowed when the signed-in person is not on the project's crew
     */
    public ActivityPage page(ProjectId projectId, ActivityFilter filter, @Nullable Long before, int size) {
        access.require(projectId, Permission.VIEW);
        int limit = Math.clamp(size, 1, MAX_PAGE);
        var entries = log.page(projectId, filter, before, limit + 1);
        if (entries.size() <= limit) {
            return new ActivityPage(entries, null);
        }
        var page = entries.subList(0, limit);
        return new ActivityPage(page, page.getLast().id());
    }

    /**
     * What waits for the signed-in person: shots in review when they may approve, open threads that mention them,
     * and shots on which changes were asked for whose selected take they made.
     *
     * @throws org.filmfactory.project.NotAllowed when the signed-in person is not on the project's crew
     */
    public WaitingForMe waitingForMe(ProjectId projectId) {
        var role = access.require(projectId, Permission.VIEW);
        var me = currentUser.requireId();
        var shots = breakdowns.shotList(projectId).shots().stream().map(Shot::id).toList();
        var approvals = reviews.approvals(projectId, shots);
        var toApprove = role.allows(Permission.APPROVE) ? inState(shots, approvals, ApprovalState.IN_REVIEW)
                : List.<ShotId>of();
        var changed = inState(shots, approvals, ApprovalState.CHANGES_REQUESTED);
        var decidedTakes = changed.stream().map(shot -> approvals.get(shot).take()).filter(Objects::nonNull).toList();
        var makers = takes.makers(projectId, decidedTakes);
        var mine = changed.stream().filter(shot -> {
            var take = approvals.get(shot).take();
            return take != null && me.value().toString().equals(makers.get(take));
        }).toList();
        return new WaitingForMe(toApprove, mentions.openMentionsOf(projectId, me), mine);
    }

    private static List<ShotId> inState(List<ShotId> shots, Map<ShotId, ShotApproval> approvals,
            ApprovalState state) {
        return shots.stream().filter(shot -> approvals.get(shot) != null && approvals.get(shot).state() == state)
                .toList();
    }
}
