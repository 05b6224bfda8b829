package org.filmfactory.review;

import org.filmfactory.project.Permission;
import org.filmfactory.project.ProjectAccess;
import org.filmfactory.project.ProjectId;
import org.filmfactory.review.internal.activity.ActivityLog;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's activity feed: who did what, when — script versions, shot-list edits, takes, comments, decisions and
 * crew changes — newest first. Every member may read it ({@code VIEW}); anyone else is refused like a forbidden
 * action. Entries are written after the fact from the modules' domain events; each new one goes out as
 * {@code LiveUpdate.ActivityAdded}.
 */
@Service
@Transactional(readOnly = true)
public class ActivityFeed {

    /** The largest page one call returns. */
    public static final int MAX_PAGE = 500;

    private final ProjectAccess access;
    private final ActivityLog log;

    ActivityFeed(ProjectAccess access, ActivityLog log) {
        this.access = access;
        this.log = log;
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
}
