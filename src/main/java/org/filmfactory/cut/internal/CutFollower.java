package org.filmfactory.cut.internal;

import jakarta.annotation.PreDestroy;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.filmfactory.breakdown.ShotListChanged;
import org.filmfactory.project.NotAllowed;
import org.filmfactory.project.ProjectAccess;
import org.filmfactory.project.ProjectId;
import org.filmfactory.take.TakeGenerated;
import org.filmfactory.take.TakeSelected;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the cut in step with the shot list and the selected takes, after their transactions committed: a changed
 * shot list, a take selected, and a shot's first take (selected as it is stored, without a {@link TakeSelected}).
 * A project without a cut yet is left alone: its first cut is made from the shot list when someone opens it. A burst
 * of shot-list changes is followed once, {@code filmfactory.cut.follow-quiet} after its first change.
 */
@Component
class CutFollower {

    private static final Logger log = LoggerFactory.getLogger(CutFollower.class);

    private final CuttingRoom room;
    private final ProjectAccess access;
    private final Executor later;
    private final @Nullable ExecutorService own;
    /** Projects with a follow of their shot list waiting to run (not yet started). */
    private final Set<ProjectId> waiting = ConcurrentHashMap.newKeySet();

    /** Follows a changed shot list {@code follow-quiet} after its first change, on a thread of this node's own. */
    @Autowired
    CutFollower(CuttingRoom room, ProjectAccess access, CutSettings settings) {
        this.room = room;
        this.access = access;
        var thread = Executors.newSingleThreadExecutor(task -> {
            var follower = new Thread(task, "cut-follower");
            follower.setDaemon(true);
            return follower;
        });
        this.own = thread;
        this.later = CompletableFuture.delayedExecutor(settings.followQuiet().toMillis(), TimeUnit.MILLISECONDS,
                thread);
    }

    /** {@code later} runs a follow when it is due (the test's own, to see what is asked and when it runs). */
    CutFollower(CuttingRoom room, ProjectAccess access, Executor later) {
        this.room = room;
        this.access = access;
        this.later = later;
        this.own = null;
    }

    @PreDestroy
    void stop() {
        if (own != null) {
            own.shutdownNow();
        }
    }

    /**
     * The shot list changes with every breakdown of a new revision, about once a second while people type: a hint,
     * not recorded in the event publication registry (like the script's revisions); a lost one is made good by the
     * next change of the shot list or of its takes. A burst makes one follow: the first change of a project asks for
     * one, and changes until it starts join it (it reads the shot list as it is then); a change after it started asks
     * for the next.
     */
    @TransactionalEventListener(fallbackExecution = true)
    void on(ShotListChanged event) {
        var project = event.projectId();
        if (!waiting.add(project)) {
            return;
        }
        try {
            later.execute(() -> {
                waiting.remove(project);
                try {
                    follow(project);
                } catch (RuntimeException failed) {
                    log.warn("The cut of {} did not follow its shot list; the next change tries again", project,
                            failed);
                }
            });
        } catch (RejectedExecutionException stopping) {
            waiting.remove(project);
        }
    }

    @ApplicationModuleListener
    void on(TakeSelected event) {
        follow(event.projectId());
    }

    @ApplicationModuleListener
    void on(TakeGenerated event) {
        follow(event.projectId());
    }

    private void follow(ProjectId project) {
        if (!room.exists(project)) {
            return;
        }
        try {
            // Nobody is signed in on a listener's thread; reading the shot list needs only a view of the project,
            // and what is read here is shown to nobody.
            access.asGuestViewer(project, () -> room.follow(project));
        } catch (NotAllowed deletedMeanwhile) {
            // The project (and with it its cut) was deleted after the event: nothing left to follow.
        }
    }
}
