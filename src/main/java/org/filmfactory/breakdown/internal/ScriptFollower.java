package org.filmfactory.breakdown.internal;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.filmfactory.breakdown.ShotListChanged;
import org.filmfactory.fountain.Dialect;
import org.filmfactory.fountain.FountainReader;
import org.filmfactory.project.ProjectCreated;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.screenplay.ScreenplayRevised;
import org.filmfactory.screenplay.ScriptArchive;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Breaks each saved screenplay revision down again, after its commit, on the node that saved it: parse, apply the
 * shot rules, carry ids and director choices over ({@link Rederivation}), store, announce. Runs without a
 * signed-in person, so it reads the script from the {@link ScriptArchive} and the project's language from what it
 * learnt when the project was created.
 *
 * <p>{@link ScreenplayRevised} is a hint, not a business event (issue 9): while anyone types it comes about once a
 * second, and what it asks for — "break the latest text down" — can always be done again from the stored script.
 * So it is not recorded in the event publication registry (only {@link ApplicationModuleListener}s are, see
 * {@code spring.modulith.events.registry-trigger-annotation}); a plain after-commit listener on the node that
 * committed the snapshot (the script's owning member) puts the project in a node-local set of pending
 * re-derivations, which one worker thread drains. Many hints for one project collapse into one derivation of the
 * latest revision. The breakdown lives in the database, so deriving it on one node is enough; every other node's
 * screens follow through the {@link ShotListChanged} live update.
 *
 * <p>While people type, the script is snapshotted at every pause and at least once a second, and a feature's
 * derivation (150 scenes, 1 500 shots) is a tenth of a second of processor time: done for every snapshot it took a
 * core's share from the typing itself, and delayed keystrokes in the other browsers. So one project is broken down
 * at most once per {@code filmfactory.breakdown.follow-interval} (2 s): the first hint after a quiet spell is
 * followed at once, later ones wait for the interval and collapse into one derivation of the latest text.
 *
 * <p>A derivation that fails (the database away, a lock timeout) stays pending: it is tried again every
 * {@code filmfactory.breakdown.retry-interval} and at once with the next revision, which it then covers too, and
 * each failure is logged. What this gives up against a durable publication: if the node dies between the
 * snapshot's commit and the derivation, the breakdown catches up with the next revision of that script — which is
 * also all a durable publication gave here, as outstanding publications are not republished on restart.
 */
@Component
class ScriptFollower {

    private static final Logger log = LoggerFactory.getLogger(ScriptFollower.class);

    private final ScriptArchive archive;
    private final BreakdownStore store;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Set<ProjectId> pending = ConcurrentHashMap.newKeySet();
    /** When each project was last broken down here (System.nanoTime), for the follow interval. */
    private final Map<ProjectId, Long> lastDerived = new ConcurrentHashMap<>();
    private final long followInterval;
    /** Whether a drain is already set for when an interval ends (one is enough, however many hints came). */
    private final AtomicBoolean drainScheduled = new AtomicBoolean();
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("breakdown-follower").daemon().factory());

    ScriptFollower(ScriptArchive archive, BreakdownStore store, ApplicationEventPublisher events,
            TransactionTemplate transactions,
            @Value("${filmfactory.breakdown.follow-interval:2s}") Duration followInterval) {
        this.archive = archive;
        this.store = store;
        this.events = events;
        this.transactions = transactions;
        this.followInterval = followInterval.toNanos();
    }

    /** After the snapshot's commit (or at once, when it was published outside a transaction). */
    @TransactionalEventListener(fallbackExecution = true)
    void on(ScreenplayRevised event) {
        pending.add(event.projectId());
        drainSoon();
    }

    @ApplicationModuleListener
    void on(ProjectCreated event) {
        var breakdown = store.lock(event.projectId());
        breakdown.learnLanguage(event.language());
        if (breakdown.scriptRevision() > 0) {
            // A script was broken down before this event arrived, with a guessed language: read it again properly.
            derive(event.projectId(), true);
        }
    }

    /** Tries the re-derivations that failed again. */
    @Scheduled(fixedDelayString = "${filmfactory.breakdown.retry-interval:5s}")
    void retry() {
        if (!pending.isEmpty()) {
            drainSoon();
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    private void drainSoon() {
        try {
            worker.execute(this::drain);
        } catch (RejectedExecutionException stopping) {
            log.debug("Not breaking down {} more projects: the node is stopping", pending.size());
        }
    }

    private void drain() {
        long soonest = Long.MAX_VALUE;
        for (var projectId : List.copyOf(pending)) {
            long wait = lastDerived.getOrDefault(projectId, Long.MIN_VALUE / 2) + followInterval - System.nanoTime();
            if (wait > 0) {
                // Broken down a moment ago: stays pending, and the drain comes back when the interval is over.
                soonest = Math.min(soonest, wait);
                continue;
            }
            // Out of the set before the work starts: a revision that arrives meanwhile puts it back.
            pending.remove(projectId);
            lastDerived.put(projectId, System.nanoTime());
            try {
                transactions.executeWithoutResult(tx -> derive(projectId, false));
            } catch (RuntimeException failed) {
                pending.add(projectId);
                log.warn("Could not break down the script of project {} yet; trying again: {}", projectId,
                        failed.toString());
            }
        }
        if (soonest != Long.MAX_VALUE && drainScheduled.compareAndSet(false, true)) {
            try {
                worker.schedule(() -> {
                    drainScheduled.set(false);
                    drain();
                }, soonest, TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException stopping) {
                log.debug("Not breaking down {} more projects: the node is stopping", pending.size());
            }
        }
        lastDerived.values().removeIf(at -> System.nanoTime() - at > followInterval);
    }

    /**
     * Breaks the latest revision down, unless it already is ({@code again} forces it). Call inside a transaction.
     * Several nodes may derive one project at once: the lock puts them in a row, and each later one finds the work
     * done.
     */
    void derive(ProjectId projectId, boolean again) {
        var latest = archive.latest(projectId);
        if (latest.isEmpty()) {
            return;
        }
        var breakdown = store.lock(projectId);
        var script = archive.latest(projectId).orElseThrow();
        if (!again && script.revision() <= breakdown.scriptRevision()) {
            return;
        }
        var language = breakdown.language() != null ? breakdown.language() : guessLanguage(script.text());
        var parsed = FountainReader.read(script.text(), Dialect.of(language.locale()));
        var next = Rederivation.apply(store.load(projectId), ShotRules.derive(parsed), UUID::randomUUID);
        store.save(projectId, next);
        breakdown.derivedFrom(script.revision());
        events.publishEvent(new ShotListChanged(projectId));
        log.debug("Broke down revision {} of project {}: {} scenes", script.revision(), projectId, next.size());
    }

    /** For projects this module never saw created: Chinese when the script has more Chinese characters than words. */
    static ScriptLanguage guessLanguage(String text) {
        var count = Words.count(text);
        return count.wide() > count.words() ? ScriptLanguage.ZH : ScriptLanguage.EN;
    }
}
