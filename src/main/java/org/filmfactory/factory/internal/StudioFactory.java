package org.filmfactory.factory.internal;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.filmfactory.factory.Factory;
import org.filmfactory.factory.MakeOptions;
import org.filmfactory.factory.MakeRun;
import org.filmfactory.factory.MakeRunId;
import org.filmfactory.factory.MakeStage;
import org.filmfactory.factory.MakeState;
import org.filmfactory.factory.NothingToFilm;
import org.filmfactory.collab.LiveUpdate;
import org.filmfactory.collab.ProjectFeed;
import org.filmfactory.platform.JobId;
import org.filmfactory.platform.JobRequest;
import org.filmfactory.platform.UserMessage;
import org.filmfactory.platform.WorkQueue;
import org.filmfactory.project.NotAllowed;
import org.filmfactory.project.Permission;
import org.filmfactory.project.ProjectAccess;
import org.filmfactory.project.ProjectId;
import org.filmfactory.screenplay.ScriptEditing;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link Factory} on the cluster's work queue: a run is a row ({@link MakeRunStore}) and a {@code factory.make} job
 * ({@link MakeJob}) that drives it stage by stage. The job only reads and writes the row, so when its node dies the
 * queue hands it to another node, which carries on from the stage the row names.
 */
@Service
class StudioFactory implements Factory {

    /** Why a cancelled run ended (its argument: who cancelled it). */
    static final String CANCELLED = "factory.make.cancelled";

    private final ProjectAccess access;
    private final ScriptEditing scripts;
    private final MakeRunStore store;
    private final WorkQueue queue;
    private final MakeJob job;
    private final ProjectFeed feed;
    private final TransactionTemplate transactions;
    private final Clock clock;

    StudioFactory(ProjectAccess access, ScriptEditing scripts, MakeRunStore store, WorkQueue queue, MakeJob job,
            ProjectFeed feed, TransactionTemplate transactions, Clock clock) {
        this.access = access;
        this.scripts = scripts;
        this.store = store;
        this.queue = queue;
        this.job = job;
        this.feed = feed;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public MakeRunId makeFilm(ProjectId project, MakeOptions options) {
        var member = access.requireMember(project, Permission.RENDER);
        if (scripts.open(project).text().isBlank()) {
            throw new NothingToFilm();
        }
        var running = store.running(project);
        if (running.isPresent()) {
            return running.get().run().id();
        }
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var run = new MakeRun(MakeRunId.random(), project, options, MakeState.RUNNING, MakeStage.BREAKDOWN, 0, null,
                null, null, null, java.util.List.of(), member.displayName(), now, null);
        try {
            transactions.executeWithoutResult(tx -> store.add(run, member.userId()));
        } catch (DuplicateKeyException pressedTwice) {
            // Someone (perhaps on another node) started one between the look above and this insert: theirs runs.
            return store.running(project).map(row -> row.run().id()).orElseThrow(() -> pressedTwice);
        }
        submit(run.id(), project, member.userId().toString());
        return run.id();
    }

    @Override
    public Optional<MakeRun> latestRun(ProjectId project) {
        access.require(project, Permission.VIEW);
        return store.latest(project).map(MakeRunStore.Row::run);
    }

    @Override
    public Optional<MakeRun> run(ProjectId project, MakeRunId run) {
        access.require(project, Permission.VIEW);
        return Optional.of(own(project, run, Permission.VIEW).run());
    }

    @Override
    public MakeRunId retry(ProjectId project, MakeRunId failed) {
        var member = access.requireMember(project, Permission.RENDER);
        var row = own(project, failed, Permission.RENDER);
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        try {
            if (Boolean.TRUE.equals(transactions.execute(tx -> store.resumed(failed.value(), now)))) {
                submit(failed, project, member.userId().toString());
            }
        } catch (DuplicateKeyException anotherRuns) {
            // A newer run of the project is running: that one is what everyone watches, not this retry.
            return store.running(project).map(other -> other.run().id()).orElseThrow(() -> anotherRuns);
        }
        return row.run().id();
    }

    /**
     * The run's job is asked to stop, then the row ends CANCELLED (so the job, wherever it runs, can neither finish
     * the run nor fail it), then what the run waits for is cancelled; the job cancels again what it asked for in the
     * meantime when it stops ({@link MakeJob#cancelAskedFor}).
     */
    @Override
    public void cancel(ProjectId project, MakeRunId run) {
        var member = access.requireMember(project, Permission.RENDER);
        var row = own(project, run, Permission.RENDER);
        if (row.run().state() != MakeState.RUNNING) {
            return;
        }
        if (row.job() != null) {
            queue.cancel(new JobId(row.job()));
        }
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (!Boolean.TRUE.equals(transactions.execute(tx -> store.failed(run.value(), MakeState.CANCELLED,
                row.run().shotLabel(), CANCELLED, java.util.List.of(member.displayName()), now)))) {
            return;
        }
        store.find(run.value()).ifPresent(job::cancelAskedFor);
        feed.publish(project, new LiveUpdate.MakeRunChanged(run.toString()));
    }

    /** The run when it is the project's; an id of another project is answered like a forbidden action. */
    private MakeRunStore.Row own(ProjectId project, MakeRunId run, Permission permission) {
        return store.find(run.value()).filter(row -> row.run().project().equals(project))
                .orElseThrow(() -> new NotAllowed(permission));
    }

    private void submit(MakeRunId run, ProjectId project, String by) {
        var queued = queue.submit(new JobRequest(MakeJob.KIND, project.toString(),
                UserMessage.of("factory.make.job"), run.toString(), JobRequest.NORMAL, false, by));
        transactions.executeWithoutResult(tx -> store.queued(run.value(), queued.value()));
        feed.publish(project, new LiveUpdate.MakeRunChanged(run.toString()));
    }
}
