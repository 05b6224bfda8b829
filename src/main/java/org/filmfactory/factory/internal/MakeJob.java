package org.filmfactory.factory.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.filmfactory.breakdown.Breakdowns;
import org.filmfactory.breakdown.ShotId;
import org.filmfactory.breakdown.ShotList;
import org.filmfactory.collab.LiveUpdate;
import org.filmfactory.collab.ProjectFeed;
import org.filmfactory.cut.CutChangeRefused;
import org.filmfactory.cut.CutEdit;
import org.filmfactory.cut.CutSnapshot;
import org.filmfactory.cut.Cuts;
import org.filmfactory.cut.Music;
import org.filmfactory.cut.Voices;
import org.filmfactory.factory.FilmMade;
import org.filmfactory.factory.MakeRunId;
import org.filmfactory.factory.MakeStage;
import org.filmfactory.factory.MakeState;
import org.filmfactory.factory.NothingToFilm;
import org.filmfactory.factory.TakePolicy;
import org.filmfactory.platform.JobContext;
import org.filmfactory.platform.JobHandler;
import org.filmfactory.platform.JobId;
import org.filmfactory.platform.JobState;
import org.filmfactory.platform.Translations;
import org.filmfactory.platform.UserFacingException;
import org.filmfactory.platform.WorkQueue;
import org.filmfactory.project.Permission;
import org.filmfactory.project.ProjectAccess;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.render.FilmId;
import org.filmfactory.render.Rendering;
import org.filmfactory.screenplay.ScriptEditing;
import org.filmfactory.take.ShotMarks;
import org.filmfactory.take.ShotState;
import org.filmfactory.take.StoryboardShot;
import org.filmfactory.take.TakeGeneration;
import org.filmfactory.take.TakeId;
import org.filmfactory.take.TakeView;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Drives one "Make film" run ({@code factory.make}, payload: the run's id) through its stages, acting with the rights
 * of whoever started it, and keeps its row up to date: the stage, one progress figure over the whole path, the shot
 * it is at, the time left. Each stage only does what is missing or out of date, so a run resumed after a node's death
 * or a retry starts its stage again cheaply:
 * <ol>
 *   <li>BREAKDOWN waits until the shot list is derived from the script's current revision;</li>
 *   <li>TAKES asks the project's generator for every shot without an up-to-date take (waits for the queue's
 *       generation jobs), circles the newest up-to-date take of a shot whose circled one is out of date, and brings
 *       the cut up to date with the shot list and the circled takes — or, with {@link TakePolicy#APPROVED_ONLY},
 *       stops at the first shot that is not approved; with {@link TakePolicy#APPROVED_OR_ANIMATIC} it makes no take
 *       at all: the render draws the animatic of every shot without an approved take straight into the film
 *       ({@link AnimaticClips}), so no take clip is encoded for them;</li>
 *   <li>VOICES, MUSIC and SUBTITLES make what the render mixes and writes (each cached by what it depends on, so a
 *       changed line is the only voice made again);</li>
 *   <li>RENDER asks {@link Rendering} for the film (its segments are reused when unchanged) and waits for it.</li>
 * </ol>
 * The job is light (it mostly waits); the generations and the render it asks for are the heavy jobs, and the queue
 * never gives waiting runs every worker of a node ({@link #waitsForJobs()}).
 */
@Component
class MakeJob implements JobHandler {

    static final String KIND = "factory.make";
    static final String APPROVED = "review.state.approved";
    /** The take module's generation jobs (a run reads the storyboard again when one of them ends). */
    static final String TAKE_KIND = "take.generate";
    private static final Logger LOG = LoggerFactory.getLogger(MakeJob.class);
    /** Each stage's expected share of the time of a run that makes everything, in stage order. */
    private static final double[] WEIGHTS = {0.02, 0.38, 0.10, 0.06, 0.02, 0.42};
    /** Rounds of "generate what is missing" before a run gives up on shots that keep failing. */
    private static final int GENERATION_ROUNDS = 2;
    /** Longest wait of a cancelled run's job for the queue's word of the cancel (it comes within milliseconds). */
    private static final Duration CANCEL_WORD = Duration.ofSeconds(5);

    private final ProjectAccess access;
    private final ProjectManagement projects;
    private final ScriptEditing scripts;
    private final Breakdowns breakdowns;
    private final TakeGeneration takes;
    private final ObjectProvider<ShotMarks> marks;
    private final Cuts cuts;
    private final ObjectProvider<Voices> voices;
    private final ObjectProvider<Music> music;
    private final Rendering rendering;
    private final WorkQueue queue;
    private final Translations translations;
    private final MakeRunStore store;
    private final ProjectFeed feed;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final MakeSettings settings;
    private final AnimaticClips animatics;
    private final Clock clock;

    MakeJob(ProjectAccess access, ProjectManagement projects, ScriptEditing scripts, Breakdowns breakdowns,
            TakeGeneration takes, ObjectProvider<ShotMarks> marks, Cuts cuts, ObjectProvider<Voices> voices,
            ObjectProvider<Music> music, Rendering rendering, WorkQueue queue, Translations translations,
            MakeRunStore store, ProjectFeed feed, ApplicationEventPublisher events, TransactionTemplate transactions,
            MakeSettings settings, AnimaticClips animatics, Clock clock) {
        this.access = access;
        this.projects = projects;
        this.scripts = scripts;
        this.breakdowns = breakdowns;
        this.takes = takes;
        this.marks = marks;
        this.cuts = cuts;
        this.voices = voices;
        this.music = music;
        this.rendering = rendering;
        this.queue = queue;
        this.translations = translations;
        this.store = store;
        this.feed = feed;
        this.events = events;
        this.transactions = transactions;
        this.settings = settings;
        this.animatics = animatics;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return KIND;
    }

    /**
     * A run waits for the takes and the render it asked for: the queue keeps workers free for those on every node,
     * however many runs are queued (a batch queues many), or the runs would hold every worker and wait forever.
     */
    @Override
    public boolean waitsForJobs() {
        return true;
    }

    @Override
    public @Nullable String run(JobContext context) {
        var row = store.find(UUID.fromString(context.payload())).orElse(null);
        if (row == null || row.run().state() != MakeState.RUNNING) {
            return null;
        }
        var drive = new Drive(row, context);
        try {
            return access.asMember(row.run().project(), row.startedBy(), drive::go);
        } catch (UserFacingException refused) {
            // The person who started it is no longer on the crew.
            drive.fail(refused.messageKey(), strings(refused.arguments()));
            return null;
        }
    }

    /**
     * Cancels what a cancelled run asked the queue for and may still wait on: its render and the generations it asked
     * for, in whatever stage it stopped (a generation it asked for may still run after its shot was made ready by
     * another take). Only those: a generation someone asked for by hand meanwhile is theirs and goes on. A finished
     * job stays as it is.
     */
    void cancelAskedFor(MakeRunStore.Row row) {
        if (row.renderJob() != null) {
            queue.cancel(new JobId(row.renderJob()));
        }
        for (var generation : store.generations(row.run().id().value())) {
            queue.cancel(new JobId(generation));
        }
    }

    /** How much of a whole run lies before {@code stage}. */
    static double before(MakeStage stage) {
        double sum = 0;
        for (int i = 0; i < stage.ordinal(); i++) {
            sum += WEIGHTS[i];
        }
        return sum;
    }

    private static List<String> strings(Object[] arguments) {
        return Arrays.stream(arguments).map(String::valueOf).toList();
    }

    /** A run stops here: the stage, the shot and why (a translation key and its arguments). */
    private static final class Failed extends UserFacingException {
        Failed(String key, Object... arguments) {
            super(key, arguments);
        }
    }

    /** The node hands the job back (an orderly stop) or the job was cancelled: leave the row as it is. */
    private static final class Stopped extends IllegalStateException {
        Stopped() {
            super("stopping");
        }
    }

    /** One run of the job for one run of "Make film". */
    private final class Drive {

        private final UUID id;
        private final ProjectId project;
        private final MakeStage from;
        private final JobContext context;
        private final Instant began;
        private final double progressAtStart;
        private MakeStage stage;
        private double progress;
        private @Nullable String shotLabel;
        private long lastPublished;
        private @Nullable Locale locale;
        private final Object takeSignal = new Object();
        private boolean takesChanged;

        Drive(MakeRunStore.Row row, JobContext context) {
            this.id = row.run().id().value();
            this.project = row.run().project();
            this.from = row.run().stage();
            this.stage = from;
            this.context = context;
            this.began = clock.instant();
            this.progressAtStart = before(from);
            this.progress = progressAtStart;
        }

        @Nullable String go() {
            try {
                locale = projects.find(project).language().locale();
                var options = store.find(id).orElseThrow().run().options();
                CutSnapshot cut = null;
                for (var next : MakeStage.values()) {
                    if (next.ordinal() < from.ordinal()) {
                        continue;
                    }
                    enter(next);
                    switch (next) {
                        case BREAKDOWN -> breakdown();
                        case TAKES -> takes(options.takes());
                        case VOICES -> cut = voices();
                        case MUSIC -> music(cut == null ? cuts.current(project) : cut);
                        case SUBTITLES -> report(1, null);
                        case RENDER -> {
                            var film = render(options.render(), options.takes());
                            finish(film);
                            return film.toString();
                        }
                    }
                }
                return null;
            } catch (Stopped stopped) {
                var row = store.find(id).filter(r -> r.run().state() == MakeState.CANCELLED);
                if (row.isPresent()) {
                    // Cancelled: what was asked for after the cancel looked (a race) is cancelled here; and the
                    // queue records this job cancelled once the word reaches this node (it was sent first).
                    cancelAskedFor(row.get());
                    awaitStopping();
                }
                return null;
            } catch (UserFacingException failed) {
                fail(failed.messageKey(), strings(failed.arguments()));
                return null;
            } catch (RuntimeException unexpected) {
                // Recorded as the run's failure rather than left to the queue's retries, which would leave the row
                // RUNNING once they ran out; Retry starts the stage again.
                LOG.warn("Make film run {} of project {} broke in {}", id, project, stage, unexpected);
                fail("factory.make.error.unexpected", List.of(String.valueOf(unexpected.getMessage())));
                return null;
            }
        }

        // ------------------------------------------------------------------------------------------ stages

        private void breakdown() {
            var deadline = clock.instant().plus(settings.breakdownWait());
            while (true) {
                long revision = scripts.open(project).revision();
                var list = breakdowns.shotList(project);
                if (list.scriptRevision() >= revision) {
                    if (list.shots().isEmpty()) {
                        throw new NothingToFilm();
                    }
                    report(1, null);
                    return;
                }
                if (clock.instant().isAfter(deadline)) {
                    throw new Failed("factory.make.error.breakdown");
                }
                pause();
            }
        }

        private void takes(TakePolicy policy) {
            var list = breakdowns.shotList(project);
            var labels = labels(list);
            if (policy == TakePolicy.APPROVED_ONLY) {
                var approved = approved(list);
                for (var shot : list.shots()) {
                    if (!approved.contains(shot.id())) {
                        shotLabel = labels.get(shot.id());
                        throw new Failed("factory.make.error.not-approved", labels.get(shot.id()));
                    }
                }
            } else if (policy == TakePolicy.APPROVED_OR_ANIMATIC) {
                // Nothing is generated: the render draws the other shots' animatics straight into the film.
                report(0.5, null);
            } else {
                generateMissing(labels);
            }
            shotLabel = null;
            alignCut(list);
            report(1, null);
        }

        /** The shots with an approved mark and a circled take. */
        private java.util.Set<ShotId> approved(ShotList list) {
            var source = marks.getIfAvailable();
            var shotIds = list.shots().stream().map(shot -> shot.id()).toList();
            var found = source == null ? Map.<ShotId, org.filmfactory.take.ShotMark>of()
                    : source.marks(project, shotIds);
            var selected = takes.selectedTakes(project, shotIds);
            var approved = new java.util.HashSet<ShotId>();
            for (var shot : list.shots()) {
                var mark = found.get(shot.id());
                if (mark != null && APPROVED.equals(mark.labelKey()) && selected.containsKey(shot.id())) {
                    approved.add(shot.id());
                }
            }
            return approved;
        }

        /**
         * Generates takes for the shots without an up-to-date one and waits for them. The storyboard (a read of every
         * shot) is read again when one of the project's generations ends, as the queue tells from any node, and at
         * least every {@code recheck} in case a word of that was lost; not at every poll.
         */
        private void generateMissing(Map<ShotId, String> labels) {
            var watching = queue.watch(project.toString(), status -> {
                if (status.kind().equals(TAKE_KIND) && status.state().finished()) {
                    takesChanged();
                }
            });
            try {
                generateAndAwait(labels);
            } finally {
                try {
                    watching.close();
                } catch (Exception e) {
                    LOG.debug("Watch of project {} not closed: {}", project, e.toString());
                }
            }
        }

        private void generateAndAwait(Map<ShotId, String> labels) {
            var deadline = clock.instant().plus(settings.takesWait());
            int rounds = 0;
            while (true) {
                takesSeen();
                var board = takes.storyboard(project, 0, takes.storyboardSize(project));
                if (circleUpToDate(board)) {
                    board = takes.storyboard(project, 0, takes.storyboardSize(project));
                }
                int ready = 0;
                int busy = 0;
                StoryboardShot firstWaiting = null;
                StoryboardShot firstFailed = null;
                for (var shot : board) {
                    switch (shot.state()) {
                        case READY -> ready++;
                        case QUEUED, GENERATING -> busy++;
                        case FAILED -> {
                            if (firstFailed == null) {
                                firstFailed = shot;
                            }
                        }
                        default -> {
                        }
                    }
                    if (shot.state() != ShotState.READY && firstWaiting == null) {
                        firstWaiting = shot;
                    }
                }
                if (firstWaiting == null) {
                    return;
                }
                report(board.isEmpty() ? 1 : ready / (double) board.size(), label(firstWaiting));
                if (busy == 0) {
                    if (firstFailed != null && rounds > 0) {
                        shotLabel = label(firstFailed);
                        var failure = firstFailed.failure();
                        throw new Failed("factory.make.error.take", label(firstFailed), failure == null ? ""
                                : translations.translate(language(), failure.key(), failure.arguments().toArray()));
                    }
                    if (rounds >= GENERATION_ROUNDS) {
                        shotLabel = label(firstWaiting);
                        throw new Failed("factory.make.error.take", label(firstWaiting), "");
                    }
                    if (!access.can(project, Permission.GENERATE)) {
                        shotLabel = label(firstWaiting);
                        throw new Failed("factory.make.error.no-take", label(firstWaiting));
                    }
                    stillRunning();
                    // The jobs and their record in one transaction: a cancel finds every generation the run asked
                    // for, whichever node runs it and whenever the cancel comes.
                    transactions.executeWithoutResult(tx -> store.generationsAsked(id,
                            takes.generateMissing(project).stream().map(JobId::value).toList()));
                    rounds++;
                    pause();
                    continue;
                }
                if (clock.instant().isAfter(deadline)) {
                    throw new Failed("factory.make.error.take", label(firstWaiting), "");
                }
                awaitTakes();
            }
        }

        /**
         * Circles the newest up-to-date take of each shot whose circled take is out of date (a take made for the
         * changed line is not circled by itself while another is). Returns whether it moved any mark.
         */
        private boolean circleUpToDate(List<StoryboardShot> board) {
            boolean moved = false;
            for (var shot : board) {
                if (shot.state() != ShotState.OUT_OF_DATE || shot.takeCount() < 2
                        || !access.can(project, Permission.GENERATE)) {
                    continue;
                }
                var fresh = takes.takes(project, shot.shotId()).stream().filter(take -> !take.outOfDate())
                        .map(TakeView::id).findFirst();
                if (fresh.isPresent()) {
                    takes.select(project, fresh.get());
                    moved = true;
                }
            }
            return moved;
        }

        /** The cut follows the shot list, and each clip shows its shot's circled take. */
        private void alignCut(ShotList list) {
            for (int attempt = 0; ; attempt++) {
                try {
                    var cut = cuts.followShotList(project);
                    var selected = takes.selectedTakes(project,
                            cut.clips().stream().map(clip -> clip.shot()).toList());
                    for (var clip : cut.clips()) {
                        TakeId take = selected.get(clip.shot());
                        if (take != null && !take.equals(clip.take())) {
                            cut = cuts.edit(project, cut.revision(), new CutEdit.UseTake(clip.id(), take));
                        }
                    }
                    return;
                } catch (CutChangeRefused raced) {
                    // An editor changed the cut at the same moment: read it again.
                    if (attempt >= 2) {
                        throw raced;
                    }
                }
            }
        }

        private CutSnapshot voices() {
            var cut = cuts.current(project);
            if (cut.clips().isEmpty()) {
                throw new NothingToFilm();
            }
            var voicing = voices.getIfAvailable();
            if (voicing != null) {
                voicing.timedLines(project, cut);
            }
            report(1, null);
            return cut;
        }

        private void music(CutSnapshot cut) {
            var scoring = music.getIfAvailable();
            if (scoring != null) {
                scoring.bed(project, cut);
            }
            report(1, null);
        }

        private FilmId render(org.filmfactory.render.RenderSpec spec, TakePolicy policy) {
            var asked = store.find(id).orElseThrow().renderJob();
            if (asked == null) {
                stillRunning();
                asked = (policy == TakePolicy.APPROVED_OR_ANIMATIC ? rendering.request(project, spec, animatics())
                        : rendering.request(project, spec)).value();
                var job = asked;
                transactions.executeWithoutResult(tx -> store.renderQueued(id, job));
            }
            var deadline = clock.instant().plus(settings.renderWait());
            while (true) {
                var status = queue.status(new JobId(asked)).orElseThrow(() -> new Failed("factory.make.error.render"));
                if (status.state() == JobState.DONE && status.result() != null) {
                    return FilmId.parse(status.result());
                }
                if (status.state() == JobState.FAILED) {
                    var failure = status.failure();
                    throw failure == null ? new Failed("factory.make.error.render")
                            : new Failed(failure.key(), failure.arguments().toArray());
                }
                if (status.state() == JobState.CANCELLED) {
                    throw new Failed("factory.make.error.render-cancelled");
                }
                report(status.percent() / 100.0, null);
                if (clock.instant().isAfter(deadline)) {
                    throw new Failed("factory.make.error.render");
                }
                pause();
            }
        }

        /** The cut's clips of shots without an approved take, each as the description of its shot's animatic. */
        private Map<org.filmfactory.cut.ClipId, String> animatics() {
            var list = breakdowns.shotList(project);
            var cut = cuts.current(project);
            var approved = approved(list);
            var missing = cut.clips().stream().map(clip -> clip.shot()).filter(shot -> !approved.contains(shot))
                    .collect(java.util.stream.Collectors.toSet());
            var format = projects.find(project).format();
            var described = animatics.describe(project, list, missing, language(),
                    new org.filmfactory.platform.VideoFormat(format.width(), format.height(), format.fps()));
            var painted = new HashMap<org.filmfactory.cut.ClipId, String>();
            for (var clip : cut.clips()) {
                var description = described.get(clip.shot());
                if (description != null) {
                    painted.put(clip.id(), description);
                }
            }
            return painted;
        }

        // ------------------------------------------------------------------------------------------ the row

        private void enter(MakeStage next) {
            stage = next;
            progress = Math.max(progress, before(next));
            shotLabel = null;
            store.stage(id, next, progress, clock.instant().truncatedTo(ChronoUnit.MICROS));
            publish(true);
        }

        /** Within the stage: {@code fraction} of it done, at {@code shot} (or between shots). */
        private void report(double fraction, @Nullable String shot) {
            double now = before(stage) + WEIGHTS[stage.ordinal()] * Math.min(1, Math.max(0, fraction));
            boolean moved = !Objects.equals(shot, shotLabel);
            progress = Math.max(progress, now);
            shotLabel = shot;
            long since = System.nanoTime() - lastPublished;
            if (moved || since >= settings.publishInterval().toNanos()) {
                store.progressed(id, progress, shotLabel, remaining());
                publish(false);
            }
        }

        /** Time left, from the pace of this job's run so far; null until there is enough to go on. */
        private @Nullable Duration remaining() {
            double gained = progress - progressAtStart;
            var elapsed = Duration.between(began, clock.instant());
            if (gained < 0.02 || elapsed.toMillis() < 1000) {
                return null;
            }
            return Duration.ofMillis((long) (elapsed.toMillis() * (1 - progress) / gained));
        }

        private void publish(boolean always) {
            long now = System.nanoTime();
            if (always || now - lastPublished >= settings.publishInterval().toNanos()) {
                lastPublished = now;
                feed.publish(project, new LiveUpdate.MakeRunChanged(id.toString()));
            }
        }

        private void finish(FilmId film) {
            var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            transactions.executeWithoutResult(tx -> {
                if (store.done(id, film, now)) {
                    events.publishEvent(new FilmMade(project, new MakeRunId(id), film));
                }
            });
            publish(true);
        }

        void fail(String key, List<String> args) {
            LOG.info("Make film run {} of project {} failed in {} at {}: {} {}", id, project, stage, shotLabel, key,
                    args);
            var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            transactions.executeWithoutResult(tx -> store.failed(id, MakeState.FAILED, shotLabel, key, args, now));
            publish(true);
        }

        /** One of the project's generations ended (called on a queue thread). */
        private void takesChanged() {
            synchronized (takeSignal) {
                takesChanged = true;
            }
        }

        /** The storyboard is being read now: what ended before is in it. */
        private void takesSeen() {
            synchronized (takeSignal) {
                takesChanged = false;
            }
        }

        /** Until a generation of the project ends, or {@code recheck} passes; stops when the job must stop. */
        private void awaitTakes() {
            long until = System.nanoTime() + settings.recheck().toNanos();
            while (System.nanoTime() < until) {
                pause();
                synchronized (takeSignal) {
                    if (takesChanged) {
                        return;
                    }
                }
            }
        }

        /** Waits a little for the queue's word that this job is cancelled, which travels apart from the row. */
        private void awaitStopping() {
            long until = System.nanoTime() + CANCEL_WORD.toNanos();
            while (!context.stopping() && System.nanoTime() < until) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }

        /** Stops here when the run was cancelled (before asking the queue for more). */
        private void stillRunning() {
            if (context.stopping() || store.find(id).map(row -> row.run().state() != MakeState.RUNNING).orElse(true)) {
                throw new Stopped();
            }
        }

        private void pause() {
            if (context.stopping()) {
                throw new Stopped();
            }
            try {
                Thread.sleep(settings.poll().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Stopped();
            }
            if (context.stopping()) {
                throw new Stopped();
            }
        }

        private Locale language() {
            return locale == null ? Locale.ENGLISH : locale;
        }

        private String label(StoryboardShot shot) {
            return translations.translate(language(), "factory.make.shot", shot.sceneNumber(), shot.shotNumber());
        }

        private Map<ShotId, String> labels(ShotList list) {
            var numbers = new HashMap<org.filmfactory.breakdown.SceneId, Integer>();
            list.scenes().forEach(scene -> numbers.put(scene.id(), scene.number()));
            var labels = new HashMap<ShotId, String>();
            for (var shot : list.shots()) {
                labels.put(shot.id(), translations.translate(language(), "factory.make.shot",
                        numbers.getOrDefault(shot.sceneId(), 0), shot.number()));
            }
            return labels;
        }
    }
}
