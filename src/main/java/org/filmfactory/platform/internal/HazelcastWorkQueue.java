package org.filmfactory.platform.internal;

import com.hazelcast.cluster.Member;
import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.config.MapConfig;
import com.hazelcast.core.EntryEvent;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceNotActiveException;
import com.hazelcast.map.EntryProcessor;
import com.hazelcast.map.IMap;
import com.hazelcast.map.listener.EntryAddedListener;
import com.hazelcast.map.listener.EntryUpdatedListener;
import com.hazelcast.query.Predicates;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.filmfactory.platform.JobContext;
import org.filmfactory.platform.JobHandler;
import org.filmfactory.platform.JobId;
import org.filmfactory.platform.JobRequest;
import org.filmfactory.platform.JobState;
import org.filmfactory.platform.JobStatus;
import org.filmfactory.platform.StudioNode;
import org.filmfactory.platform.UserFacingException;
import org.filmfactory.platform.UserMessage;
import org.filmfactory.platform.WorkQueue;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.UnexpectedRollbackException;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The cluster work queue: jobs in the database ({@link JobRows}), their coordination in one Hazelcast map of the
 * queued and running jobs ({@link JobEntry}, one synchronous backup), changed only by entry processors.
 *
 * <h2>How a job runs</h2>
 * {@link #submit} writes the row (QUEUED) and puts the entry (after the caller's transaction commits, when there is
 * one: before, no other node could claim the row). Each node has one dispatcher and
 * {@code filmfactory.work.workers} worker threads, {@code heavy-per-node} of which may run heavy jobs and fewer than
 * all of which may run jobs that wait for other jobs ({@link #waitingLimit}). A dispatcher
 * with a free worker reads the queued entries, orders them ({@link QueueOrder}: priority, then groups in turn) and
 * claims the first it can run with the {@link Claim} entry processor: QUEUED → RUNNING, owner = this member, claim
 * number + 1, lease. Then it writes the claim to the row, guarded by "not finished and no later claim". While the
 * handler runs, this node renews the lease and passes progress on ({@link Beat}); the end is written first to the
 * entry ({@link Finish}, {@link Requeue}: only if the entry is still RUNNING with this member and claim number), then
 * to the row with the same guard ({@code where state = 'RUNNING' and member_id = ? and claim = ?}).
 *
 * <h2>Why a job is never lost</h2>
 * <ul>
 * <li>Before {@code submit} returns the row is committed; whatever happens to the cluster afterwards, every node
 *     compares the rows that are QUEUED or RUNNING with the map ({@code reconcile}, at start and every few seconds)
 *     and puts back what the map lacks; a RUNNING row whose member is no longer in the cluster (or that has not
 *     beaten for a lease) is queued again. So a full cluster restart resumes every job.</li>
 * <li>A member's death loses no entry: the map keeps one synchronous backup, which Hazelcast promotes when the
 *     owner goes. A job RUNNING on the dead member is queued again by the survivors as soon as Hazelcast reports the
 *     member removed ({@link MembershipListener}), and in any case when its lease runs out (periodic sweep on every
 *     node): the lease covers a member that is still listed but silent. Two members dying at once may lose entries
 *     of the map; the database still has them (first point).</li>
 * <li>An orderly stop (Spring context close, SIGTERM) first hands this node's running jobs back — QUEUED at once,
 *     no failure counted — before the Hazelcast member leaves (this bean stops in the first lifecycle phase).</li>
 * </ul>
 *
 * <h2>Why a job never finishes twice</h2>
 * <ul>
 * <li>Claiming is one entry processor on the key's owner: of two nodes claiming the same job, one sees QUEUED and
 *     the other RUNNING. Requeuing (a dead member, an expired lease, a hand-back, a failure) and finishing are entry
 *     processors too, each checking that the entry is still RUNNING with the member and claim number it expects, so
 *     only one of "the old run finishes" and "the sweep requeues it" can happen.</li>
 * <li>A run that lost its job (its node was thought dead, its lease expired, it was cut off) learns it at its next
 *     heartbeat and is told to stop; should it finish anyway, its {@link Finish} finds another claim number and
 *     changes nothing, and its database write is guarded by member and claim number, which the new claim changed in
 *     the row. The claim number never goes back (a retry resets only the attempt people see).</li>
 * <li>The row is the last word, also across a split brain where both halves have a copy of the entry: a claim is
 *     written only to a row that is not finished and has no later claim, and an end only to a row RUNNING with the
 *     same member and claim. A node whose claim the row refuses abandons the job without running it. So at most one
 *     run writes DONE (or FAILED, CANCELLED), and a late finisher from a dead or partitioned node never does.</li>
 * <li>A job given up after its attempts is recorded FAILED in one transaction with its handler's reaction
 *     ({@link JobHandler#gaveUp}), by whichever run, sweep or reconciliation changes the row: the reaction (a
 *     domain event, a batch row) is neither lost to a node dying in between nor repeated. A handler that fails on it
 *     leaves the row RUNNING and the FAILED entry in the map, where the sweep tries again.</li>
 * </ul>
 * A job may still <em>run</em> twice in part (its node died mid-way): handlers are idempotent ({@link JobHandler}).
 *
 * <h2>Progress</h2>
 * Handlers may report progress per frame; the node passes it into the entry at most every
 * {@code progress-interval} (watchers on every node see it through the map's entry events), and into the row only
 * when the stage changes and every {@code database-progress-interval}: the row is shared by every node and is only
 * read after the entry is gone (a restart), so a few writes per job and minute keep the database out of the hot path.
 */
@Component
class HazelcastWorkQueue implements WorkQueue, SmartLifecycle {

    static final String JOBS = "platform.work.jobs";
    static final String SERVED = "platform.work.served";
    private static final String SEQUENCE = "#sequence";
    static final String KEPT_FAILING = "platform.work.kept-failing";
    static final String KEPT_FAILING_STOPPED = "platform.work.kept-failing.node-stopped";
    static final String KEPT_FAILING_SILENT = "platform.work.kept-failing.node-silent";
    private static final Logger log = LoggerFactory.getLogger(HazelcastWorkQueue.class);

    private final HazelcastInstance hazelcast;
    private final IMap<String, JobEntry> jobs;
    private final IMap<String, Long> served;
    private final JobRows rows;
    private final TransactionTemplate transactions;
    private final ObjectProvider<JobHandler> handlerBeans;
    private final WorkSettings settings;
    private final Clock clock;
    private final StudioNode node;
    private final Map<String, Run> running = new ConcurrentHashMap<>();
    /** Runs on this node per job kind, for {@link JobHandler#perNode()}; changed by the dispatcher and run ends. */
    private final Map<String, AtomicInteger> runningKinds = new ConcurrentHashMap<>();
    /** Jobs whose handler's failure on hearing they were given up was logged here as a warning already. */
    private final Set<String> handlerFailuresLogged = ConcurrentHashMap.newKeySet();
    private final Map<String, List<Consumer<JobStatus>>> watchers = new ConcurrentHashMap<>();
    private final Object signal = new Object();
    private final java.util.concurrent.atomic.AtomicLong lastOrder = new java.util.concurrent.atomic.AtomicLong();
    private final Semaphore freeWorkers;
    private final Semaphore freeHeavy;
    private final int workerCount;
    /** Runs of kinds that wait for other jobs ({@link JobHandler#waitsForJobs()}) this node runs at once, at most. */
    private final int waitingLimit;
    /** Runs here of kinds that wait for other jobs; changed by the dispatcher and run ends. */
    private final AtomicInteger runningWaiters = new AtomicInteger();
    private volatile Map<String, JobHandler> handlers = Map.of();
    private volatile boolean active;
    private boolean woken;
    private volatile QueueSnapshot snapshot = new QueueSnapshot(0, Map.of());
    private @Nullable ExecutorService workers;
    private @Nullable ScheduledExecutorService timer;
    /** Renews leases on a thread of its own, so a slow database read in the sweep or reconciliation cannot let them run out. */
    private @Nullable ScheduledExecutorService heart;
    private @Nullable Thread dispatcher;
    private @Nullable UUID entryListener;
    private @Nullable UUID membershipListener;

    HazelcastWorkQueue(HazelcastInstance hazelcast, JobRows rows, TransactionTemplate transactions,
            ObjectProvider<JobHandler> handlerBeans, WorkSettings settings, Clock clock, StudioNode node) {
        this.hazelcast = hazelcast;
        this.rows = rows;
        this.transactions = transactions;
        this.handlerBeans = handlerBeans;
        this.settings = settings;
        this.clock = clock;
        this.node = node;
        hazelcast.getConfig().addMapConfig(new MapConfig(JOBS).setBackupCount(1).setAsyncBackupCount(0));
        this.jobs = hazelcast.getMap(JOBS);
        this.served = hazelcast.getMap(SERVED);
        this.workerCount = settings.workersOrDefault();
        this.freeWorkers = new Semaphore(workerCount);
        this.freeHeavy = new Semaphore(settings.heavyPerNodeOrDefault());
        this.waitingLimit = waitingLimit(workerCount, settings.heavyPerNodeOrDefault());
    }

    /**
     * How many runs that wait for other jobs one node runs at once: its workers less its heavy slots (what it waits
     * for is mostly heavy: generation, rendering), and at least one worker fewer than it has, so waiting runs never
     * hold every worker while the jobs they wait for queue behind them; one when the node has a single worker.
     */
    static int waitingLimit(int workers, int heavy) {
        return Math.max(1, Math.min(workers - 1, workers - heavy));
    }

    // ---------------------------------------------------------------------------------------------- the API

    @Override
    public JobId submit(JobRequest request) {
        var id = JobId.random();
        long now = clock.millis();
        var title = request.title();
        var entry = new JobEntry(id.toString(), request.kind(), request.group(), title.key(),
                title.arguments().toArray(String[]::new), request.payload(), request.priority(), request.heavy(),
                request.requestedBy(), JobState.QUEUED.name(), now, nextOrder(), 0, 0, 0, 0, null, null, 0, 0, 0, 0, null,
                new String[0], false, null, new String[0], null, null, 0);
        rows.insert(entry);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            // Inside the caller's transaction the row is not there for other nodes until it commits: a node that
            // claimed the job before would find no row to claim and drop it until the next reconciliation.
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    enqueue(entry);
                }
            });
        } else {
            enqueue(entry);
        }
        return id;
    }

    /** Puts a job whose row is committed into the cluster's queue. */
    private void enqueue(JobEntry entry) {
        try {
            jobs.set(entry.id(), entry);
        } catch (RuntimeException e) {
            // The row is committed: the next reconciliation puts the job into the cluster's queue.
            log.warn("Job {} stored but not yet queued in the cluster: {}", entry.id(), e.toString());
        }
        wake();
    }

    /** The submission time in microseconds, one more than the last one on this node when that is later. */
    private long nextOrder() {
        var now = clock.instant();
        long micros = now.getEpochSecond() * 1_000_000 + now.getNano() / 1000;
        return lastOrder.updateAndGet(last -> Math.max(last + 1, micros));
    }

    @Override
    public void cancel(JobId id) {
        long now = clock.millis();
        var after = jobs.executeOnKey(id.toString(), new Cancel(now));
        if (after == null) {
            rows.cancelledWhileQueued(id.toString(), now);
            return;
        }
        if (after.jobState() == JobState.CANCELLED) {
            rows.cancelledWhileQueued(id.toString(), now);
            jobs.executeOnKey(id.toString(), new ForgetFinished());
        } else {
            var run = running.get(id.toString());
            if (run != null && run.claim == after.claim()) {
                run.cancelRequested = true;
            }
        }
    }

    @Override
    public void retry(JobId id) {
        var key = id.toString();
        // A job the queue has just given up shows FAILED in the cluster a moment before its row does (the row is
        // written together with its handler's reaction): a Retry pressed in that moment waits for the row, up to a
        // lease, instead of doing nothing.
        long until = clock.millis() + settings.lease().toMillis();
        while (!rows.retried(key)) {
            var live = jobs.get(key);
            if (live == null || live.jobState() != JobState.FAILED || clock.millis() > until) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        rows.find(key).ifPresent(entry -> jobs.set(entry.id(), entry));
        wake();
    }

    @Override
    public Optional<JobStatus> status(JobId id) {
        var live = jobs.get(id.toString());
        var entry = live != null ? live : rows.find(id.toString()).orElse(null);
        if (entry == null) {
            return Optional.empty();
        }
        return Optional.of(status(entry, entry.jobState() == JobState.QUEUED ? positions(true) : Map.of()));
    }

    @Override
    public List<JobStatus> jobs(String group, int limit) {
        var merged = new HashMap<String, JobEntry>();
        rows.ofGroup(group, limit).forEach(row -> merged.put(row.id(), row));
        jobs.values(Predicates.equal("group", group)).forEach(live -> merged.put(live.id(), live));
        var positions = positions(true);
        return merged.values().stream().sorted(Comparator.<JobEntry>comparingInt(job -> switch (job.jobState()) {
            case RUNNING -> 0;
            case QUEUED -> 1;
            default -> 2;
        }).thenComparingLong(job -> switch (job.jobState()) {
            case RUNNING -> job.started();
            case QUEUED -> positions.getOrDefault(job.id(), Integer.MAX_VALUE);
            default -> -job.finished();
        }).thenComparing(JobEntry::id)).limit(limit).map(job -> status(job, positions)).toList();
    }

    @Override
    public AutoCloseable watch(String group, Consumer<JobStatus> listener) {
        watchers.computeIfAbsent(group, key -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> watchers.computeIfPresent(group, (key, list) -> {
            list.remove(listener);
            return list.isEmpty() ? null : list;
        });
    }

    private JobStatus status(JobEntry job, Map<String, Integer> positions) {
        long now = clock.millis();
        var state = job.jobState();
        var eta = job.eta(now);
        return new JobStatus(new JobId(UUID.fromString(job.id())), job.kind(), job.group(), job.title(), state,
                job.priority(), state == JobState.QUEUED ? position(job, positions) : 0, job.percent(),
                eta, job.stage(), job.node(), job.attempt(), job.failure(), job.result(),
                Instant.ofEpochMilli(job.submitted()), job.started() == 0 ? null : Instant.ofEpochMilli(job.started()),
                job.finished() == 0 ? null : Instant.ofEpochMilli(job.finished()));
    }

    /** A queued job's place; one submitted after the last look at the queue is counted at its end meanwhile. */
    private static int position(JobEntry job, Map<String, Integer> positions) {
        var known = positions.get(job.id());
        return known != null ? known : positions.size() + 1;
    }

    /**
     * Every queued job's place in the queue, from 1. Watch events use a copy at most a second old (a burst of
     * submissions must not read the whole queue once per job); {@code fresh} reads the queue now.
     */
    private Map<String, Integer> positions(boolean fresh) {
        var known = snapshot;
        if (!fresh && clock.millis() - known.taken() < 1000) {
            return known.positions();
        }
        return order(List.copyOf(jobs.values(Predicates.equal("state", JobState.QUEUED.name())))).positions();
    }

    private QueueSnapshot order(List<JobEntry> queued) {
        var groups = queued.stream().map(JobEntry::group).collect(Collectors.toSet());
        var ordered = QueueOrder.order(queued, groups.isEmpty() ? Map.of() : served.getAll(groups));
        var positions = new HashMap<String, Integer>();
        for (int i = 0; i < ordered.size(); i++) {
            positions.put(ordered.get(i).id(), i + 1);
        }
        var taken = new QueueSnapshot(clock.millis(), Map.copyOf(positions), ordered);
        snapshot = taken;
        return taken;
    }

    private record QueueSnapshot(long taken, Map<String, Integer> positions, List<JobEntry> ordered) {
        QueueSnapshot(long taken, Map<String, Integer> positions) {
            this(taken, positions, List.of());
        }
    }

    // ---------------------------------------------------------------------------------------------- lifecycle

    @Override
    public void start() {
        var byKind = new HashMap<String, JobHandler>();
        handlerBeans.orderedStream().forEach(handler -> {
            if (byKind.putIfAbsent(handler.kind(), handler) != null) {
                throw new IllegalStateException("two job handlers for the kind " + handler.kind());
            }
        });
        handlers = Map.copyOf(byKind);
        active = true;
        var threads = new AtomicInteger();
        workers = Executors.newFixedThreadPool(workerCount, task -> {
            var thread = new Thread(task, "work-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        timer = Executors.newSingleThreadScheduledExecutor(task -> {
            var thread = new Thread(task, "work-timer");
            thread.setDaemon(true);
            return thread;
        });
        entryListener = jobs.addEntryListener(new Changes(), true);
        membershipListener = hazelcast.getCluster().addMembershipListener(new Departures());
        heart = Executors.newSingleThreadScheduledExecutor(task -> {
            var thread = new Thread(task, "work-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        heart.scheduleWithFixedDelay(guarded("progress", this::beat), 0,
                settings.progressInterval().toMillis(), TimeUnit.MILLISECONDS);
        timer.scheduleWithFixedDelay(guarded("sweep", this::sweep), settings.sweep().toMillis(),
                settings.sweep().toMillis(), TimeUnit.MILLISECONDS);
        timer.scheduleWithFixedDelay(guarded("reconcile", this::reconcile), 0, settings.reconcile().toMillis(),
                TimeUnit.MILLISECONDS);
        var thread = new Thread(this::dispatch, "work-dispatch");
        thread.setDaemon(true);
        dispatcher = thread;
        thread.start();
    }

    /**
     * An orderly stop hands this node's running jobs back to the queue at once (no failure counted) and tells their
     * handlers to stop; other nodes take them over right away. Runs in the first lifecycle phase to stop, before the
     * web server's graceful shutdown and long before the Hazelcast member leaves.
     */
    @Override
    public void stop() {
        // From here on no run starts: a run registered before this line is handed back below, one registered after
        // it sees the flag and hands itself back.
        active = false;
        wake();
        var thread = dispatcher;
        if (thread != null) {
            thread.interrupt();
        }
        for (var run : running.values()) {
            run.handedBack = true;
            try {
                var after = jobs.executeOnKey(run.id, new Requeue(node.memberId(), run.claim, false, null,
                        clock.millis(), 0, settings.maxAttempts()));
                if (after != null) {
                    rows.requeued(after, node.memberId(), run.claim);
                    log.info("Job {} handed back to the queue: this node is stopping", run.id);
                }
            } catch (RuntimeException e) {
                log.warn("Job {} not handed back ({}); the others take it over when this member is gone", run.id,
                        e.toString());
            }
        }
        var pool = workers;
        if (pool != null) {
            pool.shutdown();
            try {
                if (!pool.awaitTermination(settings.handBackWait().toMillis(), TimeUnit.MILLISECONDS)) {
                    pool.shutdownNow();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                pool.shutdownNow();
            }
        }
        for (var ticker : new ScheduledExecutorService[] {heart, timer}) {
            if (ticker != null) {
                ticker.shutdownNow();
            }
        }
        try {
            if (entryListener != null) {
                jobs.removeEntryListener(entryListener);
            }
            if (membershipListener != null) {
                hazelcast.getCluster().removeMembershipListener(membershipListener);
            }
        } catch (RuntimeException e) {
            log.debug("Queue listeners not removed (member stopped): {}", e.toString());
        }
    }

    @Override
    public boolean isRunning() {
        return active;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }

    private Runnable guarded(String what, Runnable task) {
        return () -> {
            try {
                if (active) {
                    task.run();
                }
            } catch (HazelcastInstanceNotActiveException e) {
                log.debug("Work queue {} skipped: the cluster member has stopped", what);
            } catch (RuntimeException e) {
                log.warn("Work queue {} failed", what, e);
            }
        };
    }

    private void wake() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    private void awaitWork() throws InterruptedException {
        synchronized (signal) {
            if (!woken) {
                signal.wait(settings.poll().toMillis());
            }
            woken = false;
        }
    }

    // ---------------------------------------------------------------------------------------------- running jobs

    private void dispatch() {
        while (active) {
            try {
                if (freeWorkers.availablePermits() == 0) {
                    awaitWork();
                    continue;
                }
                var claimed = claimNext();
                if (claimed == null) {
                    awaitWork();
                    continue;
                }
                freeWorkers.acquire();
                if (claimed.heavy()) {
                    freeHeavy.acquire();
                }
                runningOf(claimed.kind()).incrementAndGet();
                if (waits(claimed)) {
                    runningWaiters.incrementAndGet();
                }
                try {
                    var pool = workers;
                    if (pool == null) {
                        throw new RejectedExecutionException("no workers");
                    }
                    pool.execute(() -> run(claimed));
                } catch (RejectedExecutionException stopping) {
                    release(claimed);
                    handBackUnstarted(claimed);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (HazelcastInstanceNotActiveException e) {
                return;
            } catch (RuntimeException e) {
                log.warn("Work queue dispatch failed; trying again", e);
                try {
                    awaitWork();
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private @Nullable JobEntry claimNext() {
        long now = clock.millis();
        var queued = List.copyOf(jobs.values(Predicates.equal("state", JobState.QUEUED.name())));
        if (queued.isEmpty()) {
            return null;
        }
        boolean heavyFree = freeHeavy.availablePermits() > 0;
        var known = handlers;
        for (var job : order(queued).ordered()) {
            var handler = known.get(job.kind());
            if (job.notBefore() > now || handler == null || job.heavy() && !heavyFree
                    || runningOf(job.kind()).get() >= handler.perNode()
                    || handler.waitsForJobs() && runningWaiters.get() >= waitingLimit) {
                continue;
            }
            var claimed = jobs.executeOnKey(job.id(), new Claim(node.memberId(), node.name(), now,
                    settings.lease().toMillis()));
            if (claimed != null) {
                long sequence = served.executeOnKey(SEQUENCE, new NextSequence());
                served.executeOnKey(claimed.group(), new ServedAt(sequence));
                return claimed;
            }
        }
        return null;
    }

    private AtomicInteger runningOf(String kind) {
        return runningKinds.computeIfAbsent(kind, key -> new AtomicInteger());
    }

    private boolean waits(JobEntry job) {
        var handler = handlers.get(job.kind());
        return handler != null && handler.waitsForJobs();
    }

    private void release(JobEntry job) {
        runningOf(job.kind()).decrementAndGet();
        if (waits(job)) {
            runningWaiters.decrementAndGet();
        }
        freeWorkers.release();
        if (job.heavy()) {
            freeHeavy.release();
        }
    }

    private void handBackUnstarted(JobEntry job) {
        var after = jobs.executeOnKey(job.id(), new Requeue(node.memberId(), job.claim(), false, null, clock.millis(),
                0, settings.maxAttempts()));
        if (after != null) {
            rows.requeued(after, node.memberId(), job.claim());
        }
    }

    private void run(JobEntry job) {
        var run = new Run(job);
        running.put(job.id(), run);
        try {
            if (!active) {
                run.handedBack = true;
                handBackUnstarted(job);
                return;
            }
            if (!rows.claimed(job)) {
                // The row is finished or was claimed later (the entry was put back from an old copy): not ours.
                log.info("Job {} not run: the database says it has ended or moved on", job.id());
                jobs.executeOnKey(job.id(), new ForgetRun(node.memberId(), job.claim()));
                return;
            }
            var handler = handlers.get(job.kind());
            if (handler == null) {
                throw new IllegalStateException("no handler for " + job.kind());
            }
            String result;
            try {
                result = handler.run(run);
            } catch (UserFacingException refused) {
                if (!run.gone()) {
                    end(run, run.cancelRequested ? JobState.CANCELLED : JobState.FAILED, null,
                            run.cancelRequested ? null : UserMessage.of(refused));
                }
                return;
            } catch (Exception failure) {
                if (run.gone()) {
                    return;
                }
                if (run.cancelRequested) {
                    end(run, JobState.CANCELLED, null, null);
                } else {
                    failed(run, failure);
                }
                return;
            }
            if (!run.gone()) {
                end(run, run.cancelRequested ? JobState.CANCELLED : JobState.DONE, result, null);
            }
        } catch (HazelcastInstanceNotActiveException e) {
            log.debug("Job {} left to the other nodes: this cluster member has stopped", job.id());
        } catch (RuntimeException e) {
            log.warn("Job {} could not be recorded; the sweep and reconciliation take it from here", job.id(), e);
        } finally {
            running.remove(job.id());
            release(job);
            wake();
        }
    }

    private void end(Run run, JobState end, @Nullable String result, @Nullable UserMessage failure) {
        var after = jobs.executeOnKey(run.id, new Finish(node.memberId(), run.claim, end.name(), result,
                failure == null ? null : failure.key(),
                failure == null ? new String[0] : failure.arguments().toArray(String[]::new), clock.millis()));
        if (after == null) {
            log.info("Job {} ended here as {} but had been taken over meanwhile; this result is dropped", run.id, end);
            return;
        }
        if (!rows.finished(after)) {
            log.warn("Job {} ended as {} but its row had moved on; the row stays as it is", run.id, end);
        }
        jobs.executeOnKey(run.id, new ForgetFinished());
    }

    private void failed(Run run, Exception failure) {
        var cause = failure.getClass().getSimpleName() + (failure.getMessage() == null ? "" : ": "
                + failure.getMessage());
        if (cause.length() > 500) {
            cause = cause.substring(0, 500) + "…";
        }
        var after = jobs.executeOnKey(run.id, new Requeue(node.memberId(), run.claim, true, Cause.error(cause),
                clock.millis(),
                settings.retryBackoff().toMillis(), settings.maxAttempts()));
        if (after == null) {
            return;
        }
        log.warn("Job {} ({}) failed on attempt {}: {}", run.id, run.job.kind(), run.job.attempt(),
                after.jobState() == JobState.FAILED ? "giving up" : "will retry", failure);
        if (after.jobState().finished()) {
            if (gaveUp(after, node.memberId(), run.claim) != GivingUp.HANDLER_FAILED) {
                jobs.executeOnKey(run.id, new ForgetFinished());
            }
            return;
        }
        rows.requeued(after, node.memberId(), run.claim);
        var ticker = timer;
        if (ticker != null) {
            // Look again when the backoff is over rather than at the next poll.
            ticker.schedule(this::wake, Math.max(0, after.notBefore() - clock.millis()), TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Records that the queue gave a job up — its row FAILED, guarded by the run's member and claim like every end —
     * and tells its handler ({@link JobHandler#gaveUp}), in one database transaction. The handler's own transactions
     * join it, so its reaction (a batch row, a domain event in the event publication registry) commits together with
     * the FAILED end or not at all: a node that dies between the two can no longer leave a FAILED row whose handler
     * never heard of it. Only the call whose guarded write changed the row tells the handler (one run, one sweep or
     * one reconciliation of the whole cluster, the others wait for its row lock and then find the row moved on), so
     * it hears it once. When the handler fails the transaction rolls back and the row stays RUNNING; the caller keeps
     * the FAILED entry in the cluster's queue, and the sweep tries again ({@link #settle}).
     */
    private GivingUp gaveUp(JobEntry failed, String member, int claim) {
        try {
            var outcome = transactions.execute(tx -> {
                if (!rows.requeued(failed, member, claim)) {
                    return GivingUp.NOT_OURS;
                }
                tellHandler(failed);
                return GivingUp.RECORDED;
            });
            return outcome == null ? GivingUp.NOT_OURS : outcome;
        } catch (HandlerFailed e) {
            handlerFailed(failed.id(), "Job {}: its handler failed on hearing that the queue gave it up; the FAILED"
                    + " end waits for it", e.getCause());
            return GivingUp.HANDLER_FAILED;
        } catch (UnexpectedRollbackException e) {
            // The handler caught a failure of its own transaction, which was this one, and so marked it rollback-only.
            handlerFailed(failed.id(), "Job {}: its handler's reaction on hearing that the queue gave it up was"
                    + " rolled back; the FAILED end waits for it", e);
            return GivingUp.HANDLER_FAILED;
        }
    }

    /**
     * The sweep tells a failing handler again every few hundred milliseconds for {@code gave-up-notice}: the first
     * failure is a warning with its cause, the repeats only debug lines, so the log shows it once, not a stack trace
     * per sweep. ({@link #settle} forgets the job when its end is recorded, which bounds the set.)
     */
    private void handlerFailed(String jobId, String message, Throwable cause) {
        if (handlerFailuresLogged.size() > 10_000) {
            // Another node settled those jobs; forgetting them costs at most one more warning each.
            handlerFailuresLogged.clear();
        }
        if (handlerFailuresLogged.add(jobId)) {
            log.warn(message + " (told again on each sweep; repeats are logged at debug level)", jobId, cause);
        } else {
            log.debug(message + ": {}", jobId, cause.toString());
        }
    }

    private void tellHandler(JobEntry failed) {
        var handler = handlers.get(failed.kind());
        var failure = failed.failure();
        if (handler == null || failure == null) {
            return;
        }
        try {
            handler.gaveUp(new JobId(UUID.fromString(failed.id())), new JobRequest(failed.kind(), failed.group(),
                    failed.title(), failed.payload(), failed.priority(), failed.heavy(), failed.requestedBy()),
                    failure);
        } catch (RuntimeException e) {
            throw new HandlerFailed(e);
        }
    }

    /** What became of recording a giving-up with its handler's reaction. */
    private enum GivingUp {
        /** The row is FAILED and the handler heard it. */
        RECORDED,
        /** The row had moved on: another node recorded this end, or a later claim. */
        NOT_OURS,
        /** The handler failed: nothing was recorded, the row is still RUNNING. */
        HANDLER_FAILED
    }

    /** A handler's failure on hearing that its job was given up, carried out of the transaction it rolls back. */
    private static final class HandlerFailed extends RuntimeException {
        HandlerFailed(RuntimeException cause) {
            super(cause);
        }
    }

    /** A FAILED end the queue gave up on (the attempt limit), not a handler's own user-facing failure. */
    private static boolean givenUp(JobEntry job) {
        var key = job.failureKey();
        return job.jobState() == JobState.FAILED && key != null && key.startsWith(KEPT_FAILING);
    }

    /** Passes this node's runs' progress on and renews their leases. */
    private void beat() {
        long now = clock.millis();
        long lease = settings.lease().toMillis();
        for (var run : running.values()) {
            if (run.gone()) {
                continue;
            }
            int percent = run.percent;
            var stage = run.stage;
            boolean changed = percent != run.sentPercent || !java.util.Objects.equals(stage, run.sentStage);
            if (!changed && now - run.lastBeat < settings.heartbeat().toMillis()) {
                continue;
            }
            var after = jobs.executeOnKey(run.id, new Beat(node.memberId(), run.claim, percent,
                    stage == null ? null : stage.key(),
                    stage == null ? new String[0] : stage.arguments().toArray(String[]::new), now, lease));
            if (after == null) {
                run.lost = true;
                log.info("Job {} was taken from this node (lease expired or member thought gone); stopping it", run.id);
                continue;
            }
            boolean stageMoved = !java.util.Objects.equals(stage == null ? null : stage.key(),
                    run.sentStage == null ? null : run.sentStage.key());
            run.sentPercent = percent;
            run.sentStage = stage;
            run.lastBeat = now;
            if (after.cancelRequested()) {
                run.cancelRequested = true;
            }
            if (stageMoved || now - run.lastWrite >= settings.databaseProgressInterval().toMillis()) {
                run.lastWrite = now;
                // The database write goes to the other timer: renewing the next lease must not wait for it.
                var ticker = timer;
                try {
                    if (ticker != null) {
                        ticker.execute(guarded("progress write", () -> rows.progressed(after)));
                    }
                } catch (RejectedExecutionException stopping) {
                    // this node is stopping: the end or the hand-back writes the row
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------------- recovery

    private Set<String> members() {
        return hazelcast.getCluster().getMembers().stream().map(Member::getUuid).map(UUID::toString)
                .collect(Collectors.toSet());
    }

    /** Queues again the jobs of departed members and of expired leases; writes ends a dead node could not. */
    void sweep() {
        long now = clock.millis();
        var members = members();
        for (var job : jobs.values(Predicates.equal("state", JobState.RUNNING.name()))) {
            boolean departed = job.memberId() == null || !members.contains(job.memberId());
            if (!departed && job.leaseUntil() >= now) {
                continue;
            }
            var member = job.memberId() == null ? "" : job.memberId();
            var cause = Cause.nodeLost(job.node(), !departed);
            var after = jobs.executeOnKey(job.id(), new Requeue(member, job.claim(), true, cause, now, 0,
                    settings.maxAttempts()));
            if (after != null) {
                log.info("Job {} taken back from {}: {}", job.id(), job.node(), cause.text());
                if (!after.jobState().finished()) {
                    rows.requeued(after, member, job.claim());
                } else if (gaveUp(after, member, job.claim()) != GivingUp.HANDLER_FAILED) {
                    jobs.executeOnKey(job.id(), new ForgetFinished());
                }
                wake();
            }
        }
        long settled = now - 4 * settings.sweep().toMillis();
        for (var job : jobs.values(Predicates.in("state", JobState.DONE.name(), JobState.FAILED.name(),
                JobState.CANCELLED.name()))) {
            if (job.finished() > settled) {
                continue;
            }
            settle(job, now);
        }
    }

    /**
     * Writes the end of a job that is finished in the map but whose node stopped before writing the row (or before
     * forgetting the entry), or whose handler failed on hearing that the queue gave it up: that end is recorded
     * together with the handler's reaction, tried again on each sweep for {@code gave-up-notice}; after that it is
     * recorded without, so that no job stays RUNNING for ever behind a handler that always fails.
     */
    private void settle(JobEntry job, long now) {
        if (givenUp(job)) {
            var member = job.memberId() == null ? "" : job.memberId();
            if (now - job.finished() <= settings.gaveUpNotice().toMillis()) {
                if (gaveUp(job, member, job.claim()) == GivingUp.HANDLER_FAILED) {
                    return;
                }
            } else if (rows.requeued(job, member, job.claim())) {
                log.error("Job {} recorded FAILED without its handler having heard that the queue gave it up: the"
                        + " handler kept failing on hearing it for {}", job.id(), settings.gaveUpNotice());
            }
        } else if (job.memberId() != null) {
            rows.finished(job);
        } else {
            rows.cancelledWhileQueued(job.id(), job.finished());
        }
        jobs.executeOnKey(job.id(), new ForgetFinished());
        handlerFailuresLogged.remove(job.id());
    }

    /** Puts back into the map what the database has queued or running and the cluster lost (or never had). */
    void reconcile() {
        var present = new HashSet<>(jobs.keySet());
        var members = members();
        long now = clock.millis();
        long silentSince = now - settings.lease().toMillis() - settings.databaseProgressInterval().toMillis();
        for (var row : rows.active()) {
            if (present.contains(row.id())) {
                continue;
            }
            if (row.jobState() == JobState.QUEUED) {
                jobs.putIfAbsent(row.id(), row);
                wake();
            } else if (row.memberId() == null || !members.contains(row.memberId()) || row.heartbeat() < silentSince) {
                var cause = Cause.nodeLost(row.node(), false);
                var after = Requeue.next(row, true, cause, now, 0, settings.maxAttempts());
                var member = row.memberId() == null ? "" : row.memberId();
                if (after.jobState().finished()) {
                    if (gaveUp(after, member, row.claim()) == GivingUp.HANDLER_FAILED) {
                        // In the cluster's queue as FAILED, the sweep tells the handler again.
                        jobs.putIfAbsent(row.id(), after);
                    }
                } else if (rows.requeued(after, member, row.claim())) {
                    log.info("Job {} queued again from the database: {}", row.id(), cause.text());
                    jobs.putIfAbsent(row.id(), after);
                    wake();
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------------- events

    private void changed(JobEntry job) {
        var state = job.jobState();
        if (state == JobState.QUEUED) {
            wake();
        }
        if (state == JobState.RUNNING && job.cancelRequested() && node.memberId().equals(job.memberId())) {
            var run = running.get(job.id());
            if (run != null && run.claim == job.claim()) {
                run.cancelRequested = true;
            }
        }
        var listeners = watchers.get(job.group());
        if (listeners == null || listeners.isEmpty()) {
            return;
        }
        var status = status(job, state == JobState.QUEUED ? positions(false) : Map.of());
        for (var listener : listeners) {
            try {
                listener.accept(status);
            } catch (RuntimeException e) {
                log.warn("A job watcher failed", e);
            }
        }
    }

    private final class Changes implements EntryAddedListener<String, JobEntry>,
            EntryUpdatedListener<String, JobEntry> {
        @Override
        public void entryAdded(EntryEvent<String, JobEntry> event) {
            changed(event.getValue());
        }

        @Override
        public void entryUpdated(EntryEvent<String, JobEntry> event) {
            changed(event.getValue());
        }
    }

    private final class Departures implements MembershipListener {
        @Override
        public void memberAdded(MembershipEvent event) {
            // A new node brings no jobs.
        }

        @Override
        public void memberRemoved(MembershipEvent event) {
            var ticker = timer;
            if (ticker != null && active) {
                try {
                    ticker.execute(guarded("sweep", HazelcastWorkQueue.this::sweep));
                } catch (RejectedExecutionException stopping) {
                    // this node is stopping too
                }
            }
        }
    }

    /** One run of a job on this node: what its handler sees ({@link JobContext}) and what this node knows of it. */
    private static final class Run implements JobContext {
        final JobEntry job;
        final String id;
        final int claim;
        volatile int percent;
        volatile @Nullable UserMessage stage;
        volatile boolean cancelRequested;
        volatile boolean lost;
        volatile boolean handedBack;
        int sentPercent;
        @Nullable UserMessage sentStage;
        long lastBeat;
        long lastWrite;

        Run(JobEntry job) {
            this.job = job;
            this.id = job.id();
            this.claim = job.claim();
            this.lastBeat = job.heartbeat();
            this.lastWrite = job.heartbeat();
        }

        boolean gone() {
            return lost || handedBack;
        }

        @Override
        public JobId id() {
            return new JobId(UUID.fromString(id));
        }

        @Override
        public String group() {
            return job.group();
        }

        @Override
        public String payload() {
            return job.payload();
        }

        @Override
        public int attempt() {
            return job.attempt() - 1;
        }

        @Override
        public void progress(int percent, UserMessage stage) {
            this.percent = Math.max(0, Math.min(100, percent));
            this.stage = stage;
        }

        @Override
        public boolean stopping() {
            return cancelRequested || lost || handedBack;
        }
    }

    // ---------------------------------------------------------------------------------------------- processors
    // Each runs on the key's owner, one at a time per key, and again on the backup; they carry plain values (Java
    // serialization) and check the state they expect before changing anything.

    /** QUEUED (and ready) → RUNNING on {@code member}; the claimed entry, or null when it was not free. */
    record Claim(String member, String nodeName, long now, long lease)
            implements EntryProcessor<String, JobEntry, JobEntry> {
        @Override
        public @Nullable JobEntry process(Map.Entry<String, JobEntry> entry) {
            var job = entry.getValue();
            if (job == null || job.jobState() != JobState.QUEUED || job.notBefore() > now) {
                return null;
            }
            var claimed = job.claimed(member, nodeName, now, lease);
            entry.setValue(claimed);
            return claimed;
        }
    }

    /** Progress and lease of a run that still holds the job; null when it does not. */
    record Beat(String member, int claim, int percent, @Nullable String stageKey, String[] stageArgs, long now,
            long lease) implements EntryProcessor<String, JobEntry, JobEntry> {
        @Override
        public @Nullable JobEntry process(Map.Entry<String, JobEntry> entry) {
            var job = entry.getValue();
            if (job == null || !job.runBy(member, claim)) {
                return null;
            }
            var beaten = job.beat(percent, stageKey, stageArgs, now, lease);
            entry.setValue(beaten);
            return beaten;
        }
    }

    /** The end of a run that still holds the job; null when it does not. */
    record Finish(String member, int claim, String end, @Nullable String result, @Nullable String failureKey,
            String[] failureArgs, long now) implements EntryProcessor<String, JobEntry, JobEntry> {
        @Override
        public @Nullable JobEntry process(Map.Entry<String, JobEntry> entry) {
            var job = entry.getValue();
            if (job == null || !job.runBy(member, claim)) {
                return null;
            }
            var failure = failureKey == null ? null : new UserMessage(failureKey, List.of(failureArgs));
            var ended = job.finishedAs(JobState.valueOf(end), result, failure, job.failures(), now);
            entry.setValue(ended);
            return ended;
        }
    }

    /**
     * A run gives the job back: a hand-back ({@code failed} false) or a failed run, which waits out a backoff
     * ({@code backoff}, doubled per earlier failure) or, at the attempt limit, fails the job for good with the last
     * cause. Null when the run no longer holds the job.
     */
    record Requeue(String member, int claim, boolean failed, @Nullable Cause cause, long now, long backoff,
            int maxAttempts) implements EntryProcessor<String, JobEntry, JobEntry> {
        @Override
        public @Nullable JobEntry process(Map.Entry<String, JobEntry> entry) {
            var job = entry.getValue();
            if (job == null || !job.runBy(member, claim)) {
                return null;
            }
            var after = next(job, failed, cause, now, backoff, maxAttempts);
            entry.setValue(after);
            return after;
        }

        static JobEntry next(JobEntry job, boolean failed, @Nullable Cause cause, long now, long backoff,
                int maxAttempts) {
            long wait = failed ? backoff << Math.min(job.failures(), 20) : 0;
            var text = cause == null ? null : cause.text();
            var queued = job.requeued(failed, text, now + wait);
            if (failed && queued.failures() >= maxAttempts) {
                var failure = cause == null ? UserMessage.of(KEPT_FAILING, queued.failures(), "")
                        : cause.lostNode() != null ? UserMessage.of(cause.silent() ? KEPT_FAILING_SILENT
                                : KEPT_FAILING_STOPPED, queued.failures(), cause.lostNode())
                        : UserMessage.of(KEPT_FAILING, queued.failures(), cause.text());
                return job.finishedAs(JobState.FAILED, null, failure, queued.failures(), now).withLastCause(text);
            }
            return queued;
        }
    }

    /**
     * Why a run ended without a result: the handler's error (its text, which is technical, kept as it is), or the
     * loss of the node that ran it — told in each reader's language when it is the last straw.
     *
     * @param lostNode the node that stopped ({@code silent}: stopped answering), or null for a handler's error
     */
    record Cause(String text, @Nullable String lostNode, boolean silent) implements java.io.Serializable {

        static Cause error(String text) {
            return new Cause(text, null, false);
        }

        static Cause nodeLost(@Nullable String node, boolean silent) {
            var name = node == null ? "?" : node;
            return new Cause("node " + name + (silent ? " stopped answering" : " stopped") + " while running it", name,
                    silent);
        }
    }

    /** QUEUED → CANCELLED at once; RUNNING → asked to stop. The entry after, or null when there is none. */
    record Cancel(long now) implements EntryProcessor<String, JobEntry, JobEntry> {
        @Override
        public @Nullable JobEntry process(Map.Entry<String, JobEntry> entry) {
            var job = entry.getValue();
            if (job == null) {
                return null;
            }
            var after = switch (job.jobState()) {
                case QUEUED -> job.finishedAs(JobState.CANCELLED, null, null, job.failures(), now);
                case RUNNING -> job.askedToStop();
                default -> job;
            };
            entry.setValue(after);
            return after;
        }
    }

    /** Removes an entry whose end is in the database. */
    record ForgetFinished() implements EntryProcessor<String, JobEntry, Boolean> {
        @Override
        public Boolean process(Map.Entry<String, JobEntry> entry) {
            var job = entry.getValue();
            if (job != null && job.jobState().finished()) {
                entry.setValue(null);
                return true;
            }
            return false;
        }
    }

    /** Removes the entry of a run the database refused. */
    record ForgetRun(String member, int claim) implements EntryProcessor<String, JobEntry, Boolean> {
        @Override
        public Boolean process(Map.Entry<String, JobEntry> entry) {
            var job = entry.getValue();
            if (job != null && job.runBy(member, claim)) {
                entry.setValue(null);
                return true;
            }
            return false;
        }
    }

    /** The next number in the cluster's sequence of claims (fairness between groups). */
    record NextSequence() implements EntryProcessor<String, Long, Long> {
        @Override
        public Long process(Map.Entry<String, Long> entry) {
            long next = (entry.getValue() == null ? 0 : entry.getValue()) + 1;
            entry.setValue(next);
            return next;
        }
    }

    /** A group was served at {@code sequence} (kept if later than what is there). */
    record ServedAt(long sequence) implements EntryProcessor<String, Long, Long> {
        @Override
        public Long process(Map.Entry<String, Long> entry) {
            long at = Math.max(sequence, entry.getValue() == null ? 0 : entry.getValue());
            entry.setValue(at);
            return at;
        }
    }
}
