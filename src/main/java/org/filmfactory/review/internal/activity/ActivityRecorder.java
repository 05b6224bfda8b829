package org.filmfactory.review.internal.activity;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.filmfactory.account.UserDirectory;
import org.filmfactory.account.UserId;
import org.filmfactory.breakdown.ShotId;
import org.filmfactory.breakdown.ShotListChanged;
import org.filmfactory.collab.LiveUpdate;
import org.filmfactory.collab.ProjectFeed;
import org.filmfactory.project.MemberJoined;
import org.filmfactory.project.MemberRemoved;
import org.filmfactory.project.MemberRoleChanged;
import org.filmfactory.project.ProjectId;
import org.filmfactory.review.ActivityKind;
import org.filmfactory.review.ActivityLink;
import org.filmfactory.review.ChangesRequested;
import org.filmfactory.review.CommentPosted;
import org.filmfactory.review.TakeApproved;
import org.filmfactory.screenplay.ScreenplayRevised;
import org.filmfactory.take.TakeGenerated;
import org.filmfactory.take.TakeSelected;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes the activity feed from what the modules announce, after their transactions committed (so an entry never
 * tells of something that was rolled back), each in a transaction of its own that the event publication registry
 * retries when it fails. Names are looked up here, once: the feed shows who someone was when they acted.
 */
@Component
class ActivityRecorder {

    /** One person's typing in the script within this long is one entry, not one per snapshot. */
    static final Duration FOLD = Duration.ofMinutes(5);
    private static final int EXCERPT = 140;

    private final ActivityLog log;
    private final UserDirectory directory;
    private final ProjectFeed feed;
    private final Clock clock;

    ActivityRecorder(ActivityLog log, UserDirectory directory, ProjectFeed feed, Clock clock) {
        this.log = log;
        this.directory = directory;
        this.feed = feed;
        this.clock = clock;
    }

    /**
     * Typing announces a revision about once a second: a hint, like the breakdown's (see its {@code ScriptFollower}),
     * so it is not recorded in the event publication registry. An entry lost with a dying node is folded into the
     * person's next one.
     */
    @org.springframework.scheduling.annotation.Async
    @org.springframework.transaction.event.TransactionalEventListener(fallbackExecution = true)
    @org.springframework.transaction.annotation.Transactional(
            propagation = org.springframework.transaction.annotation.Propagation.REQUIRES_NEW)
    void on(ScreenplayRevised event) {
        for (var author : event.authors()) {
            write(event.projectId(), ActivityKind.SCRIPT, author, "activity.summary.script",
                    List.of(Long.toString(event.revision())), ActivityLink.SCRIPT, true);
        }
    }

    /**
     * The shot list changes with every breakdown of a new revision (a hint, not recorded in the event publication
     * registry, as the script's revisions); only a director's own edit makes an entry.
     */
    @org.springframework.scheduling.annotation.Async
    @org.springframework.transaction.event.TransactionalEventListener(fallbackExecution = true)
    @org.springframework.transaction.annotation.Transactional(
            propagation = org.springframework.transaction.annotation.Propagation.REQUIRES_NEW)
    void on(ShotListChanged event) {
        // Shots derived again from the script are the script entry's consequence, not somebody's act.
        if (event.by() != null) {
            write(event.projectId(), ActivityKind.SHOTS, user(event.by()), "activity.summary.shots", List.of(),
                    ActivityLink.SHOT_LIST, true);
        }
    }

    @ApplicationModuleListener
    void on(TakeGenerated event) {
        if (event.by() != null) {
            write(event.projectId(), ActivityKind.TAKES, user(event.by()), "activity.summary.take-made",
                    List.of(Integer.toString(event.number())), ActivityLink.shot(event.shotId()), false);
        }
    }

    @ApplicationModuleListener
    void on(TakeSelected event) {
        if (event.by() != null) {
            write(event.projectId(), ActivityKind.TAKES, user(event.by()), "activity.summary.take-selected",
                    List.of(), ActivityLink.shot(event.shotId()), false);
        }
    }

    @ApplicationModuleListener
    void on(CommentPosted event) {
        var link = event.shotId() == null ? ActivityLink.SCRIPT
                : ActivityLink.shot(new ShotId(UUID.fromString(event.shotId())));
        var reply = !event.commentId().equals(event.thread());
        var key = "activity.summary." + (reply ? "replied" : "commented")
                + (link.place() == ActivityLink.Place.SCRIPT ? "-script" : "");
        var actor = event.authorUserId() == null ? null : user(event.authorUserId());
        write(event.projectId(), ActivityKind.COMMENTS, actor, event.authorName(), key,
                List.of(excerpt(event.excerpt())), link, false);
    }

    @ApplicationModuleListener
    void on(TakeApproved event) {
        write(event.projectId(), ActivityKind.DECISIONS, user(event.byUserId()), event.byName(),
                "activity.summary.approved", List.of(), ActivityLink.shot(event.shotId()), false);
    }

    @ApplicationModuleListener
    void on(ChangesRequested event) {
        write(event.projectId(), ActivityKind.DECISIONS, user(event.byUserId()), event.byName(),
                "activity.summary.changes-requested", List.of(excerpt(event.note())),
                ActivityLink.shot(event.shotId()), false);
    }

    @ApplicationModuleListener
    void on(MemberJoined event) {
        write(event.projectId(), ActivityKind.CREW, event.userId(), "activity.summary.joined." + role(event.role()),
                List.of(), ActivityLink.CREW, false);
    }

    @ApplicationModuleListener
    void on(MemberRemoved event) {
        if (event.by() == null || event.by().equals(event.userId())) {
            write(event.projectId(), ActivityKind.CREW, event.userId(), "activity.summary.left", List.of(),
                    ActivityLink.CREW, false);
        } else {
            write(event.projectId(), ActivityKind.CREW, event.by(), "activity.summary.removed",
                    List.of(name(event.userId())), ActivityLink.CREW, false);
        }
    }

    @ApplicationModuleListener
    void on(MemberRoleChanged event) {
        var by = event.by() == null ? event.userId() : event.by();
        write(event.projectId(), ActivityKind.CREW, by, "activity.summary.role." + role(event.role()),
                List.of(name(event.userId())), ActivityLink.CREW, false);
    }

    private void write(ProjectId projectId, ActivityKind kind, UserId actor, String key, List<String> arguments,
            ActivityLink link, boolean fold) {
        var entry = new ActivityLog.NewEntry(projectId, clock.instant(), kind, actor, name(actor), key, arguments,
                link);
        added(projectId, fold ? log.appendOrFold(entry, FOLD) : log.append(entry));
    }

    private void write(ProjectId projectId, ActivityKind kind, @Nullable UserId actor, String actorName, String key,
            List<String> arguments, ActivityLink link, boolean fold) {
        var entry = new ActivityLog.NewEntry(projectId, clock.instant(), kind, actor, actorName, key, arguments, link);
        added(projectId, fold ? log.appendOrFold(entry, FOLD) : log.append(entry));
    }

    /** Tells every node's open feeds, after the commit, so they read the new entry. */
    private void added(ProjectId projectId, long id) {
        if (id < 0) {
            return;
        }
        var update = new LiveUpdate.ActivityAdded(id);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    feed.publish(projectId, update);
                }
            });
        } else {
            feed.publish(projectId, update);
        }
    }

    private String name(UserId user) {
        var profile = directory.profiles(List.of(user)).get(user);
        return profile == null ? "?" : profile.displayName();
    }

    private static UserId user(String id) {
        return new UserId(UUID.fromString(id));
    }

    private static String role(org.filmfactory.project.ProjectRole role) {
        return role.name().toLowerCase(Locale.ROOT);
    }

    private static String excerpt(String text) {
        var line = Objects.requireNonNull(text).strip().replaceAll("\\s+", " ");
        return line.length() <= EXCERPT ? line : line.substring(0, EXCERPT - 1) + "…";
    }
}
