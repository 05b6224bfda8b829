package org.filmfactory.factory.internal;

import com.hazelcast.core.HazelcastInstance;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.filmfactory.factory.BatchFilmState;
import org.filmfactory.factory.BatchId;
import org.filmfactory.factory.Factory;
import org.filmfactory.factory.MakeOptions;
import org.filmfactory.factory.MakeRun;
import org.filmfactory.factory.MakeRunId;
import org.filmfactory.factory.MakeState;
import org.filmfactory.platform.UserFacingException;
import org.filmfactory.project.ProjectAccess;
import org.filmfactory.project.ProjectId;
import org.filmfactory.render.RenderSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Moves the production line along without holding a worker: every node looks at the unfinished films each tick
 * ({@code filmfactory.factory.line.tick}; one indexed query when nothing runs).
 * <ul>
 *   <li>Every node follows the running films: it reads each one's run ({@link Factory#run}, acting as the batch's
 *       starter), mirrors its stage and progress, and records its end (made, failed with its stage, shot and cause,
 *       or cancelled). Each is a conditional update, so an end is recorded once, by whichever node sees it first.</li>
 *   <li>Only the cluster's oldest member starts queued films, so the cluster-wide bound on running films
 *       ({@code filmfactory.factory.line.running}) holds and two nodes never race for one film; when it dies the next
 *       oldest takes over. A film starts when its project has no running run (one film of a project at a time).
 *       Before asking for the run it notes the start; a start a dead node left half done is finished by adopting the
 *       run it made (the project's run started since), so no film is made twice.</li>
 * </ul>
 */
@Component
class LineKeeper {

    private static final Logger LOG = LoggerFactory.getLogger(LineKeeper.class);

    private final BatchStore store;
    private final Factory factory;
    private final ProjectAccess access;
    private final BatchSignal signal;
    private final HazelcastInstance hazelcast;
    private final LineSettings settings;
    private final int workers;
    private final Clock clock;

    LineKeeper(BatchStore store, Factory factory, ProjectAccess access, BatchSignal signal,
            HazelcastInstance hazelcast, LineSettings settings,
            @Value("${filmfactory.work.workers:0}") int workers, Clock clock) {
        this.store = store;
        this.factory = factory;
        this.access = access;
        this.signal = signal;
        this.hazelcast = hazelcast;
        this.settings = settings;
        this.workers = workers > 0 ? workers : Math.max(2, Runtime.getRuntime().availableProcessors());
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${filmfactory.factory.line.tick:1s}",
            initialDelayString = "${filmfactory.factory.line.tick:1s}")
    void tick() {
        if (!hazelcast.getLifecycleService().isRunning()) {
            return;
        }
        try {
            keep();
        } catch (RuntimeException e) {
            // The next tick tries again; the rows are the truth and every step is conditional.
            LOG.warn("The production line's keeper stumbled: {}", e.toString());
        }
    }

    void keep() {
        var open = store.open();
        if (open.isEmpty()) {
            return;
        }
        var changed = new LinkedHashSet<BatchId>();
        var batches = new HashMap<BatchId, BatchStore.Batch>();
        for (var film : open) {
            batches.computeIfAbsent(film.batch(), id -> store.batch(id).orElseThrow());
        }
        for (var film : open) {
            if (film.state() == BatchFilmState.RUNNING && follow(batches.get(film.batch()), film)) {
                changed.add(film.batch());
            }
        }
        if (oldest()) {
            changed.addAll(startQueued(batches));
        }
        changed.addAll(store.finishEnded(clock.instant().truncatedTo(ChronoUnit.MILLIS)));
        changed.forEach(signal::changed);
    }

    /** Whether this node is the cluster's oldest member, the one that starts films. */
    private boolean oldest() {
        var members = hazelcast.getCluster().getMembers();
        return !members.isEmpty() && members.iterator().next().localMember();
    }

    /**
     * How many of the line's runs may run at once in the cluster. By default one worker of each member is kept free of
     * them: a run's job holds a worker while it waits for the takes and the render it asked for, and those need
     * workers too, so runs on every worker would wait for each other for ever (issue 14).
     */
    private int bound() {
        return settings.running() > 0 ? settings.running()
                : Math.max(1, hazelcast.getCluster().getMembers().size()) * Math.max(1, workers - 1);
    }

    /** Mirrors a running film's run and records its end; true when its row changed. */
    private boolean follow(BatchStore.Batch batch, BatchStore.Film film) {
        if (film.project() == null || film.run() == null) {
            return false;
        }
        var project = new ProjectId(film.project());
        var now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        MakeRun run;
        try {
            run = access.asMember(project, batch.startedBy(),
                    () -> factory.run(project, new MakeRunId(film.run()))).orElse(null);
        } catch (UserFacingException refused) {
            // The starter left the project's crew (or it is gone): the film cannot be followed any more.
            return store.ended(film, BatchFilmState.RUNNING, BatchFilmState.FAILED, film.stage(), film.shotLabel(),
                    refused.messageKey(), StudioBatches.strings(refused.arguments()), now);
        }
        if (run == null) {
            return false;
        }
        return switch (run.state()) {
            case RUNNING -> store.progressed(film, run.stage(), run.progress(), run.shotLabel());
            case DONE -> run.film() != null && store.made(film, run.film().value(),
                    run.finished() == null ? now : run.finished());
            case FAILED -> store.ended(film, BatchFilmState.RUNNING, BatchFilmState.FAILED, run.stage(),
                    run.shotLabel(), run.failureKey() == null ? "factory.make.error.unexpected" : run.failureKey(),
                    run.failureArgs(), run.finished() == null ? now : run.finished());
            case CANCELLED -> store.ended(film, BatchFilmState.RUNNING, BatchFilmState.CANCELLED, run.stage(),
                    run.shotLabel(), null, List.of(), run.finished() == null ? now : run.finished());
        };
    }

    /** Starts queued films while the cluster has room; returns the batches that changed. */
    private List<BatchId> startQueued(HashMap<BatchId, BatchStore.Batch> batches) {
        var open = store.open();
        var busy = new HashSet<UUID>();
        int running = 0;
        for (var film : open) {
            if (film.state() == BatchFilmState.RUNNING) {
                running++;
                if (film.project() != null) {
                    busy.add(film.project());
                }
            }
        }
        int room = bound() - running;
        var changed = new LinkedHashSet<BatchId>();
        for (var film : open) {
            if (room <= 0) {
                break;
            }
            var batch = batches.get(film.batch());
            if (film.state() != BatchFilmState.QUEUED || !film.ready() || film.project() == null || batch == null
                    || batch.cancelled() || busy.contains(film.project())) {
                continue;
            }
            busy.add(film.project());
            if (start(batch, film)) {
                room--;
                changed.add(film.batch());
            }
        }
        return List.copyOf(changed);
    }

    /** Starts (or resumes, or adopts) the film's run; true when the film's row changed. */
    private boolean start(BatchStore.Batch batch, BatchStore.Film film) {
        var project = new ProjectId(film.project());
        var now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        var options = new MakeOptions(batch.takes(), new RenderSpec(film.preset(), batch.subtitles()));
        try {
            return access.asMember(project, batch.startedBy(), () -> {
                if (film.run() != null) {
                    // Retry of a failed film: its run resumes from the stage it failed in.
                    var run = factory.retry(project, new MakeRunId(film.run()));
                    return store.started(film, run.value(), now);
                }
                var latest = factory.latestRun(project).orElse(null);
                if (film.starting() != null && latest != null && !latest.started().isBefore(film.starting())) {
                    // A keeper that died after asking for the run but before recording it: this is that run.
                    return store.started(film, latest.id().value(), now);
                }
                if (latest != null && latest.state() == MakeState.RUNNING) {
                    // Someone pressed Make film in the project: the film waits for that run to end.
                    return false;
                }
                if (film.starting() == null && !store.starting(film, now)) {
                    return false;
                }
                var run = factory.makeFilm(project, options);
                return store.started(film, run.value(), now);
            });
        } catch (UserFacingException refused) {
            return store.ended(film, BatchFilmState.QUEUED, BatchFilmState.FAILED, null, null, refused.messageKey(),
                    StudioBatches.strings(refused.arguments()), now);
        }
    }
}
