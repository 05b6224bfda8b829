package org.filmfactory.screenplay.internal;

import jakarta.annotation.PreDestroy;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.filmfactory.account.UserId;
import org.filmfactory.project.ProjectId;
import org.filmfactory.screenplay.ScreenplayRevised;
import org.filmfactory.screenplay.ScreenplaySettings;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the scripts this member owns to the database: every accepted step within a tick
 * ({@code filmfactory.screenplay.persist-interval}, 100 ms by default), and the whole text when typing pauses or
 * at least every {@code snapshot-interval} while it goes on. Until the write commits, the steps stay in the log and
 * its backup, so a crash of this member, or the database being away for a while, delays the write but loses nothing.
 * A snapshot announces {@link ScreenplayRevised}, which the breakdown follows.
 */
@Component
public class ScriptKeeper {

    private static final Logger log = LoggerFactory.getLogger(ScriptKeeper.class);

    private final ScriptLog scriptLog;
    private final StoredScripts scripts;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final ScreenplaySettings settings;
    private final VersionStore versions;
    private final Clock clock;

    ScriptKeeper(ScriptLog scriptLog, StoredScripts scripts, JdbcClient jdbc, TransactionTemplate transactions,
            ApplicationEventPublisher events, ScreenplaySettings settings, VersionStore versions, Clock clock) {
        this.versions = versions;
        this.scriptLog = scriptLog;
        this.scripts = scripts;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${filmfactory.screenplay.persist-interval:100ms}")
    void keep() {
        keepAll(false);
    }

    /** On an orderly stop: everything this member owns goes to the database before the cluster member leaves. */
    @PreDestroy
    void keepBeforeStopping() {
        keepAll(true);
    }

    private void keepAll(boolean now) {
        for (var projectId : scriptLog.ownedHere()) {
            try {
                keep(projectId, now);
            } catch (RuntimeException notYet) {
                // The database is away or the entry moved: the steps stay in the log; the next tick tries again.
                log.warn("Could not write script {} to the database yet: {}", projectId, notYet.toString());
            }
        }
    }

    /** Writes one script's new steps, and its text when {@code now} or typing paused; returns the revision kept. */
    public long keep(ProjectId projectId, boolean now) {
        var state = scriptLog.current(projectId);
        long instant = clock.millis();
        boolean stepsDue = state.persistedRevision() < state.revision();
        boolean paused = instant - state.lastChangeAt() >= settings.snapshotPause().toMillis();
        boolean snapshotDue = state.snapshotRevision() < state.revision()
                && (now || paused || sinceSnapshot(state) >= settings.snapshotInterval().toMillis());
        if (!stepsDue && !snapshotDue) {
            if (paused && instant - state.lastChangeAt() > settings.idleRelease().toMillis()) {
                scriptLog.release(projectId, instant - settings.idleRelease().toMillis());
            }
            return state.revision();
        }
        var steps = state.stepsAfter(state.persistedRevision());
        transactions.executeWithoutResult(tx -> {
            if (steps != null && steps.length > 0) {
                insertMissing(projectId, state.persistedRevision(), List.of(steps));
            }
            if (snapshotDue) {
                snapshot(projectId, state, !now);
            }
        });
        scriptLog.markPersisted(projectId, state.revision(), snapshotDue ? state.revision() : 0);
        return state.revision();
    }

    private long sinceSnapshot(ScriptState state) {
        // The first step after the snapshot is the oldest unsnapshotted change.
        var pending = state.stepsAfter(state.snapshotRevision());
        return pending == null || pending.length == 0 ? 0 : clock.millis() - pending[0].acceptedAt();
    }

    private void insertMissing(ProjectId projectId, long persisted, List<LoggedStep> steps) {
        // Another member may have written some of them (a save writes at once; an owner may have died after its
        // write): what is there stays, and a write racing this one wins without an error.
        long revision = persisted;
        for (var step : steps) {
            revision++;
            jdbc.sql("insert into screenplay_step (project_id, revision, client_id, author_id, changes, accepted_at)"
                            + " values (?, ?, ?, ?, ?, ?) on conflict do nothing")
                    .params(projectId.value(), revision, step.clientId(), UUID.fromString(step.author()),
                            step.changes(), Timestamp.from(Instant.ofEpochMilli(step.acceptedAt())))
                    .update();
        }
    }

    /** @param whileWriting a snapshot of typing (not of a save, a restore or a stop): the history may keep it */
    private void snapshot(ProjectId projectId, ScriptState state, boolean whileWriting) {
        var steps = state.steps();
        UUID author = steps.length == 0 ? null : UUID.fromString(steps[steps.length - 1].author());
        var at = Instant.ofEpochMilli(state.lastChangeAt() == 0 ? clock.millis() : state.lastChangeAt());
        var existing = scripts.findForRevision(projectId.value());
        if (existing.isPresent()) {
            if (existing.get().revision() >= state.revision()) {
                return;
            }
            existing.get().snapshot(state.text(), state.revision(), author, at);
        } else {
            scripts.save(new StoredScript(projectId.value(), state.text(), state.revision(), author, at));
        }
        if (whileWriting) {
            // History while people type: at most one automatic version per interval. A save or a restore is
            // a version of its own (a restore keeps the text it replaces), so it takes none here.
            versions.keepAutomaticIfDue(projectId, state.text(), state.revision(), author,
                    settings.autoVersionEvery());
        }
        events.publishEvent(new ScreenplayRevised(projectId, state.revision(), authorsSinceSnapshot(state, author)));
    }

    /** Who changed the text since the last snapshot, in order; the last writer when those steps are gone. */
    private static List<UserId> authorsSinceSnapshot(ScriptState state, @Nullable UUID lastWriter) {
        var since = state.stepsAfter(state.snapshotRevision());
        var authors = new LinkedHashSet<UserId>();
        if (since != null) {
            for (var step : since) {
                authors.add(new UserId(UUID.fromString(step.author())));
            }
        }
        if (authors.isEmpty() && lastWriter != null) {
            authors.add(new UserId(lastWriter));
        }
        return List.copyOf(authors);
    }
}
