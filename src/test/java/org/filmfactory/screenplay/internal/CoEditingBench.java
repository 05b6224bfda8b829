package org.filmfactory.screenplay.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import org.filmfactory.collab.LiveUpdate;
import org.filmfactory.collab.ProjectFeed;
import org.filmfactory.collab.Subscription;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ProjectRole;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.screenplay.ScriptChanged;
import org.filmfactory.screenplay.ScriptEditing;
import org.filmfactory.screenplay.ScriptStep;
import org.filmfactory.testsupport.Actors;
import org.filmfactory.testsupport.StudioNodes;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The co-editing load figures (bench/co-editing-bench.sh): N editors, half on each of two nodes, all typing into one
 * script for a fixed time, each behaving as the browser editor does — a character every {@code pace} ms, a push of
 * what is unconfirmed every 25 ms unless an answer is awaited, and accepted steps taken from the live updates its
 * node's feed delivers to it (one listener per open editor, as {@code ScriptEditor} subscribes), one at a time, with
 * a pull when one was missed. So the figures include the fan-out: every accepted step reaches every open editor on
 * both nodes.
 *
 * <p>After a warm-up ({@code -Dbench.warmup=10} seconds of typing, not counted), prints typed and accepted steps
 * per second over {@code -Dbench.seconds} (accepted = revisions the script gained in that time),
 * the latency of accepted pushes (call to answer), and the delivery latency (push call to the moment each open
 * editor's listener has the step), p50/p99/max. A bench, not a test: nothing is asserted.
 */
public final class CoEditingBench {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int PUSH_DELAY_MS = 25;
    private static final long STALL_NANOS = 2_000_000_000L;

    public static void main(String[] args) throws Exception {
        int seconds = Integer.getInteger("bench.seconds", 20);
        int pace = Integer.getInteger("bench.pace", 150);
        int warmup = Integer.getInteger("bench.warmup", 10);
        for (var arg : args) {
            int editors = Integer.parseInt(arg);
            try (var nodes = new StudioNodes(2).start("--logging.level.root=WARN")) {
                run(nodes, editors, warmup, seconds, pace);
            }
        }
        System.exit(0);
    }

    private static void run(StudioNodes nodes, int editors, int warmup, int seconds, int pace)
            throws InterruptedException {
        var owner = Actors.create(nodes.node(0), "Bench Owner").signIn();
        var project = nodes.node(0).getBean(ProjectManagement.class)
                .create(new NewProject("Bench " + editors, "", ScriptLanguage.EN, OutputFormat.VERTICAL_HD));
        var writers = new ArrayList<Actors.Actor>();
        for (int i = 0; i < editors; i++) {
            writers.add(owner.bringOnto(project, ProjectRole.WRITER, "Writer " + i));
        }
        var figures = new Figures();
        var ready = new CountDownLatch(editors);
        var go = new CountDownLatch(1);
        var done = new CountDownLatch(editors);
        var endAt = new AtomicLong();
        var benchEditors = new ArrayList<BenchEditor>();
        for (int i = 0; i < editors; i++) {
            var node = nodes.node(i % 2);
            var editor = new BenchEditor(node.getBean(ScriptEditing.class), node.getBean(ProjectFeed.class), project,
                    "bench" + i, figures);
            benchEditors.add(editor);
            var actor = writers.get(i);
            int index = i;
            Thread.ofPlatform().name("bench-editor-" + i).start(() -> {
                try {
                    actor.signIn();
                    editor.open();
                    ready.countDown();
                    go.await();
                    editor.type(new Random(index), pace, endAt.get());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            });
        }
        ready.await();
        // Typing starts now; figures count only after the warm-up (JIT, connection pools, the first snapshots).
        long now = System.nanoTime();
        figures.measureFrom = now + warmup * 1_000_000_000L;
        endAt.set(figures.measureFrom + seconds * 1_000_000_000L);
        go.countDown();
        Thread.sleep(warmup * 1000L);
        long startRevision = nodes.node(0).getBean(ScriptEditing.class).open(project).revision();
        Thread.sleep(Math.max(0, (endAt.get() - System.nanoTime()) / 1_000_000));
        long endRevision = nodes.node(0).getBean(ScriptEditing.class).open(project).revision();
        done.await();
        benchEditors.forEach(BenchEditor::close);
        long accepted = endRevision - startRevision;
        long typed = figures.typed.get();
        System.out.printf(Locale.ROOT, "editors=%d warmup=%ds seconds=%d pace=%dms typed=%d (%.1f/s) accepted=%d (%.1f/s, %.1f%%)"
                        + " pushes=%d behind=%d resyncs=%d%n"
                        + "  accept-latency-ms p50=%.1f p99=%.1f max=%.1f%n"
                        + "  delivery-latency-ms p50=%.1f p99=%.1f max=%.1f (deliveries=%d)%n",
                editors, warmup, seconds, pace, typed, typed / (double) seconds, accepted, accepted / (double) seconds,
                100.0 * accepted / Math.max(1, typed), figures.pushes.get(), figures.behind.get(),
                figures.resyncs.get(), figures.accept.quantile(0.5), figures.accept.quantile(0.99),
                figures.accept.max(), figures.delivery.quantile(0.5), figures.delivery.quantile(0.99),
                figures.delivery.max(), figures.delivery.count());
    }

    /** Counters and latency histograms shared by all editors. */
    private static final class Figures {

        /** Nothing before this {@code System.nanoTime()} is counted. */
        volatile long measureFrom;
        final AtomicLong typed = new AtomicLong();
        final AtomicLong pushes = new AtomicLong();
        final AtomicLong behind = new AtomicLong();
        final AtomicLong resyncs = new AtomicLong();
        final Histogram accept = new Histogram();
        final Histogram delivery = new Histogram();
        /**
         * Per revision a step batch ends at: when its push was sent, and arrivals that came before the push
         * answered (the live update can overtake the answer).
         */
        final Map<Long, Batch> batches = new ConcurrentHashMap<>();
        /**
         * Steps parsed once per live update for every editor in this JVM (keyed by the revisions they cover):
         * browsers parse on their own machines, and a hundred parses of each step here would measure the bench.
         */
        final Map<String, List<CollabRebase.Update>> parsed = new ConcurrentHashMap<>();

        List<CollabRebase.Update> parse(long from, String stepsJson) {
            int count = BenchEditor.count(stepsJson);
            return parsed.computeIfAbsent(from + ":" + count, key -> {
                var steps = JSON.readTree(stepsJson);
                var list = new ArrayList<CollabRebase.Update>(steps.size());
                for (var step : steps) {
                    list.add(new CollabRebase.Update(step.get("c").asString(),
                            ChangeJson.parse(step.get("ch").toString())));
                }
                return List.copyOf(list);
            });
        }

        /** Mutated only inside {@code compute}, which holds the key's lock. */
        static final class Batch {
            long sentAt;
            final List<Long> early = new ArrayList<>(0);
        }

        boolean measuring(long at) {
            return at - measureFrom >= 0;
        }

        void sent(long toRevision, long sentAt) {
            if (!measuring(sentAt)) {
                return;
            }
            batches.compute(toRevision, (revision, batch) -> {
                var result = batch == null ? new Batch() : batch;
                result.sentAt = sentAt;
                for (long arrival : result.early) {
                    delivery.record(arrival - sentAt);
                }
                result.early.clear();
                return result;
            });
        }

        void arrived(long toRevision, long at) {
            if (!measuring(at)) {
                return;
            }
            batches.compute(toRevision, (revision, batch) -> {
                var result = batch == null ? new Batch() : batch;
                if (result.sentAt != 0) {
                    delivery.record(at - result.sentAt);
                } else {
                    result.early.add(at);
                }
                return result;
            });
        }
    }

    /** Latencies in 0.1 ms buckets up to 60 s, lock-free. */
    private static final class Histogram {

        private final AtomicLongArray buckets = new AtomicLongArray(600_000);
        private final AtomicLong count = new AtomicLong();
        private final AtomicLong maxNanos = new AtomicLong();

        void record(long nanos) {
            int bucket = (int) Math.min(buckets.length() - 1, Math.max(0, nanos / 100_000));
            buckets.incrementAndGet(bucket);
            count.incrementAndGet();
            maxNanos.accumulateAndGet(nanos, Math::max);
        }

        long count() {
            return count.get();
        }

        double quantile(double q) {
            long total = count.get();
            if (total == 0) {
                return 0;
            }
            long wanted = (long) Math.ceil(q * total);
            long seen = 0;
            for (int i = 0; i < buckets.length(); i++) {
                seen += buckets.get(i);
                if (seen >= wanted) {
                    return (i + 1) / 10.0;
                }
            }
            return max();
        }

        double max() {
            return maxNanos.get() / 1_000_000.0;
        }
    }

    /** A live update as the editor's listener got it. */
    private record Arrival(long from, String steps) {
    }

    /** One open editor: the browser's sync loop over a light collab client, fed by its own feed listener. */
    private static final class BenchEditor {

        private final ScriptEditing editing;
        private final ProjectFeed feed;
        private final ProjectId project;
        private final String clientId;
        private final Figures figures;
        private final ConcurrentLinkedQueue<Arrival> inbox = new ConcurrentLinkedQueue<>();
        private @Nullable Subscription subscription;
        /** collab's client state without the text (typing needs only its length). */
        private final LightClient writer = new LightClient();
        /** The synced revision that confirms the last accepted push (the browser's awaitConfirm), or -1. */
        private long awaitConfirm = -1;
        /** The synced revision a "behind" answer was given at (the browser's awaitResync), or -1. */
        private long awaitResync = -1;
        private long waitingSince;

        BenchEditor(ScriptEditing editing, ProjectFeed feed, ProjectId project, String clientId, Figures figures) {
            this.editing = editing;
            this.feed = feed;
            this.project = project;
            this.clientId = clientId;
            this.figures = figures;
        }

        void open() {
            // As ScriptEditor.onAttach: the listener hands the update over to the editor's own thread (ui.access).
            subscription = feed.subscribe(project, update -> {
                if (update instanceof LiveUpdate.ScriptStepsAccepted accepted) {
                    var arrival = new Arrival(accepted.fromRevision(), ScriptChanged.stepsJson(accepted));
                    figures.arrived(arrival.from() + count(arrival.steps()), System.nanoTime());
                    inbox.add(arrival);
                }
            });
            restart();
        }

        void close() {
            if (subscription != null) {
                subscription.close();
            }
        }

        private void restart() {
            var draft = editing.open(project);
            writer.reset(clientId, draft.text().length(), draft.revision());
            awaitConfirm = -1;
            awaitResync = -1;
        }

        void type(Random random, int pace, long endAt) throws InterruptedException {
            long nextKey = System.nanoTime();
            while (System.nanoTime() < endAt) {
                long now = System.nanoTime();
                while (nextKey <= now) {
                    int at = random.nextInt(writer.length() + 1);
                    writer.edit(at, random.nextInt(8) == 0 ? "\n" : "a");
                    if (figures.measuring(nextKey)) {
                        figures.typed.incrementAndGet();
                    }
                    nextKey += pace * 1_000_000L;
                }
                receive();
                push();
                Thread.sleep(PUSH_DELAY_MS);
            }
        }

        /** The browser's receive(): takes the updates in order, one step at a time; a gap asks for what is missing. */
        private void receive() {
            Arrival arrival;
            while ((arrival = inbox.poll()) != null) {
                if (arrival.from() > writer.syncedVersion()) {
                    // Missed some (a live update overtook another): catch up from the log, then go on.
                    if (!pull()) {
                        return;
                    }
                }
                take(arrival.from(), arrival.steps());
            }
        }

        private boolean pull() {
            var missed = editing.since(project, writer.syncedVersion());
            if (missed.isEmpty()) {
                if (figures.measuring(System.nanoTime())) {
                    figures.resyncs.incrementAndGet();
                }
                inbox.clear();
                restart();
                return false;
            }
            take(writer.syncedVersion(), ScriptChanged.stepsJson(missed.get()));
            return true;
        }

        private void take(long from, String stepsJson) {
            var steps = figures.parse(from, stepsJson);
            for (int i = (int) (writer.syncedVersion() - from); i < steps.size(); i++) {
                writer.receive(steps.get(i));
            }
        }

        /** The browser's pushNow(): one push in flight, none while an answer's consequences are awaited. */
        private void push() {
            long synced = writer.syncedVersion();
            boolean waiting = awaitConfirm >= 0 && synced < awaitConfirm || awaitResync >= 0 && synced <= awaitResync;
            if (waiting && System.nanoTime() - waitingSince < STALL_NANOS) {
                return;
            }
            if (waiting) {
                pull();
                synced = writer.syncedVersion();
            }
            awaitConfirm = -1;
            awaitResync = -1;
            var sendable = writer.sendableUpdates();
            if (sendable.isEmpty()) {
                return;
            }
            var steps = sendable.stream().map(u -> new ScriptStep(clientId, u.toJson())).toList();
            long sent = System.nanoTime();
            var outcome = editing.push(project, synced, steps);
            long answered = System.nanoTime();
            boolean measured = figures.measuring(sent);
            if (measured) {
                figures.pushes.incrementAndGet();
            }
            waitingSince = answered;
            if (outcome.accepted()) {
                if (measured) {
                    figures.accept.record(answered - sent);
                }
                figures.sent(outcome.revision(), sent);
                awaitConfirm = outcome.revision();
            } else {
                if (measured) {
                    figures.behind.incrementAndGet();
                }
                awaitResync = synced;
                // As ScriptEditor.push: a behind editor is sent what it missed at once.
                pull();
            }
        }

        /**
         * collab's client ({@code receiveUpdates} one step at a time, as the browser calls it, and
         * {@code sendableUpdates}) over the text's length only; {@link SimulatedWriter} is the full port, checked
         * against CodeMirror. Copying a long text for every step of a hundred editors would measure the bench.
         */
        private static final class LightClient {

            private String clientId = "";
            private int length;
            private long version;
            private List<TextChange> unconfirmed = new ArrayList<>();

            void reset(String id, int textLength, long revision) {
                clientId = id;
                length = textLength;
                version = revision;
                unconfirmed = new ArrayList<>();
            }

            int length() {
                return length;
            }

            long syncedVersion() {
                return version;
            }

            List<TextChange> sendableUpdates() {
                return unconfirmed;
            }

            void edit(int at, String text) {
                unconfirmed.add(TextChange.of(length, at, at, text));
                length += text.length();
            }

            void receive(CollabRebase.Update update) {
                version++;
                if (!unconfirmed.isEmpty() && update.clientId().equals(clientId)) {
                    unconfirmed.removeFirst();
                    return;
                }
                var changes = update.changes();
                var rebased = new ArrayList<TextChange>(unconfirmed.size());
                for (var mine : unconfirmed) {
                    rebased.add(mine.map(changes, false));
                    changes = changes.map(mine, true);
                }
                unconfirmed = rebased;
                length = changes.newLength();
            }
        }

        /** Steps in the carried JSON, without parsing it (every listener would, on the feed's event thread). */
        private static int count(String stepsJson) {
            int count = 0;
            for (int at = stepsJson.indexOf("{\"c\":"); at >= 0; at = stepsJson.indexOf("{\"c\":", at + 1)) {
                count++;
            }
            return count;
        }
    }
}
