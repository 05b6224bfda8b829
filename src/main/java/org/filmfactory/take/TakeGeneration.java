package org.filmfactory.take;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.filmfactory.breakdown.BreakdownScene;
import org.filmfactory.breakdown.Breakdowns;
import org.filmfactory.breakdown.SceneId;
import org.filmfactory.breakdown.Shot;
import org.filmfactory.breakdown.ShotId;
import org.filmfactory.breakdown.ShotList;
import org.filmfactory.platform.JobId;
import org.filmfactory.platform.JobRequest;
import org.filmfactory.platform.JobStatus;
import org.filmfactory.platform.MediaInfo;
import org.filmfactory.platform.MediaKey;
import org.filmfactory.platform.MediaRefused;
import org.filmfactory.platform.MediaSettings;
import org.filmfactory.platform.UserMessage;
import org.filmfactory.platform.VideoFormat;
import org.filmfactory.platform.WorkQueue;
import org.filmfactory.project.ActingMember;
import org.filmfactory.project.NotAllowed;
import org.filmfactory.project.Permission;
import org.filmfactory.project.ProjectAccess;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.take.internal.Briefs;
import org.filmfactory.take.internal.Fingerprints;
import org.filmfactory.take.internal.GenerationOrder;
import org.filmfactory.take.internal.Seeds;
import org.filmfactory.take.internal.settings.ProjectGenerators;
import org.filmfactory.take.internal.ShotTakes;
import org.filmfactory.take.internal.TakeMedia;
import org.filmfactory.take.internal.TakeRecord;
import org.filmfactory.take.internal.TakeStore;
import org.filmfactory.take.internal.TakesRelay;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes of a project's shots: the storyboard, the shot page, generating (through the cluster work queue),
 * uploading and selecting. The transaction and permission boundary: reads need {@code VIEW}, writes
 * {@code GENERATE}. Ids that are not this project's are refused like a forbidden action ({@link NotAllowed}).
 *
 * <p>A generation is a {@code take.generate} job ({@link GenerationOrder}): its brief, prompt, seed and the shot's
 * fingerprint are fixed when it is asked for, and the job stores the take as its last step. A shot's state comes
 * from its selected take (ready, or out of date when the shot's fingerprint changed since) and from its latest
 * generation job on the queue (queued, generating with %, failed with the reason).
 */
@Service
@Transactional
public class TakeGeneration {

    /** The longest prompt a director may write. */
    public static final int MAX_PROMPT = 4000;
    /** The generator id kept with uploaded takes. */
    public static final String UPLOAD = "upload";

    private final ProjectAccess access;
    private final ProjectManagement projects;
    private final Breakdowns breakdowns;
    private final TakeStore store;
    private final WorkQueue queue;
    private final TakeMedia media;
    private final TakesRelay relay;
    private final ProjectGenerators generators;
    private final MediaSettings settings;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    TakeGeneration(ProjectAccess access, ProjectManagement projects, Breakdowns breakdowns, TakeStore store,
            WorkQueue queue, TakeMedia media, TakesRelay relay, ProjectGenerators generators, MediaSettings settings,
            ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock) {
        this.access = access;
        this.projects = projects;
        this.breakdowns = breakdowns;
        this.store = store;
        this.queue = queue;
        this.media = media;
        this.relay = relay;
        this.generators = generators;
        this.settings = settings;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    // ---------------------------------------------------------------------------------------------------- reads

    /** The number of shots on the storyboard. */
    @Transactional(readOnly = true)
    public int storyboardSize(ProjectId projectId) {
        access.require(projectId, Permission.VIEW);
        return (int) breakdowns.summary(projectId).shots();
    }

    /**
     * Shots {@code offset} to {@code offset + limit - 1} in script order; fewer past the end. A handful of queries
     * for the window (breakdown, script, the window's take rows, their selected takes and counts) plus the queue's
     * status of the window's shots that wait for a job.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public List<StoryboardShot> storyboard(ProjectId projectId, int offset, int limit) {
        access.require(projectId, Permission.VIEW);
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset " + offset + " and limit " + limit + " must not be negative");
        }
        var list = breakdowns.shotList(projectId);
        var all = list.shots();
        var window = all.subList(Math.min(offset, all.size()), (int) Math.min((long) offset + limit, all.size()));
        return board(projectId, list, window, false);
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Optional<ShotPage> shotPage(ProjectId projectId, ShotId shotId) {
        access.require(projectId, Permission.VIEW);
        var list = breakdowns.shotList(projectId);
        var shot = list.shots().stream().filter(s -> s.id().equals(shotId)).findFirst();
        if (shot.isEmpty()) {
            return Optional.empty();
        }
        var board = board(projectId, list, List.of(shot.get()), false).getFirst();
        var written = breakdowns.linesAsWritten(projectId, List.of(shot.get())).get(shotId);
        var fingerprint = Fingerprints.of(shot.get(), written);
        var own = store.shots(List.of(shotId.value())).get(shotId.value());
        var prompt = own != null && own.prompt() != null ? own.prompt()
                : defaultPrompt(projectId, list, shot.get());
        var takes = store.takesOf(shotId.value()).stream()
                .filter(take -> take.projectId().equals(projectId.value()))
                .map(take -> view(take, own == null ? null : own.selected(), fingerprint)).toList();
        return Optional.of(new ShotPage(board, written, prompt, takes, access.can(projectId, Permission.GENERATE)));
    }

    /** The shot's takes, newest first; none for a shot of another project. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public List<TakeView> takes(ProjectId projectId, ShotId shotId) {
        access.require(projectId, Permission.VIEW);
        var shot = breakdowns.shot(projectId, shotId);
        var fingerprint = shot.map(s -> Fingerprints.of(s, breakdowns.linesAsWritten(projectId, List.of(s))
                .get(shotId))).orElse("");
        var own = store.shots(List.of(shotId.value())).get(shotId.value());
        return store.takesOf(shotId.value()).stream()
                .filter(take -> take.projectId().equals(projectId.value()))
                .map(take -> view(take, own == null ? null : own.selected(), fingerprint)).toList();
    }

    /**
     * The take's shot and frame count when it is one of the project's, else empty. No permission check: for a module
     * that has checked the caller's right to the project itself (review, for members and for guests of a review
     * link).
     */
    @Transactional(readOnly = true)
    public Optional<TakeFrames> frames(ProjectId projectId, TakeId takeId) {
        return store.take(takeId.value()).filter(take -> take.projectId().equals(projectId.value()))
                .map(take -> new TakeFrames(takeId, new ShotId(take.shotId()), take.fps(), take.frames()));
    }

    /**
     * The selected take of each of the given shots of the project that has one. No permission check,
     * like {@link ShotMarks}: the caller has checked {@code VIEW}, or is a listener of this module's events. One
     * query over the project's shot rows.
     */
    @Transactional(readOnly = true)
    public Map<ShotId, TakeId> selectedTakes(ProjectId projectId, Collection<ShotId> shots) {
        var selected = new HashMap<ShotId, TakeId>();
        if (shots.isEmpty()) {
            return selected;
        }
        var wanted = shots.stream().map(ShotId::value).collect(Collectors.toSet());
        // The project's rows only, so a shot id of another project finds nothing.
        store.shots(projectId).values().stream()
                .filter(shot -> wanted.contains(shot.shotId()) && shot.selected() != null)
                .forEach(shot -> selected.put(new ShotId(shot.shotId()), new TakeId(shot.selected())));
        return selected;
    }

    /**
     * The media of the given takes that are the project's (others are left out). No permission check, like
     * {@link #selectedTakes}: for the cut and the render, which check the caller's right to the project themselves.
     */
    @Transactional(readOnly = true)
    public Map<TakeId, TakeClip> clips(ProjectId projectId, Collection<TakeId> takeIds) {
        var clips = new HashMap<TakeId, TakeClip>();
        var records = store.takes(takeIds.stream().map(TakeId::value).toList());
        for (var take : records.values()) {
            if (take.projectId().equals(projectId.value())) {
                var id = new TakeId(take.id());
                clips.put(id, new TakeClip(id, new ShotId(take.shotId()), new MediaKey(take.clipKey()),
                        new MediaKey(take.thumbnailKey()), take.fps(), take.frames(), take.width(), take.height(),
                        take.fingerprint()));
            }
        }
        return clips;
    }

    /**
     * Which of the given takes of the project are out of date with the script: their shot's fingerprint now differs
     * from the one the take was made from, as the storyboard marks them. Takes of another project and of shots that
     * are gone are left out. Needs {@code VIEW}; for the cut, which tells which shots changed since it was made.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public java.util.Set<TakeId> outOfDate(ProjectId projectId, Collection<TakeId> takeIds) {
        access.require(projectId, Permission.VIEW);
        var outOfDate = new java.util.HashSet<TakeId>();
        if (takeIds.isEmpty()) {
            return outOfDate;
        }
        var records = store.takes(takeIds.stream().map(TakeId::value).toList()).values().stream()
                .filter(take -> take.projectId().equals(projectId.value())).toList();
        var wanted = records.stream().map(TakeRecord::shotId).collect(Collectors.toSet());
        var shots = breakdowns.shotList(projectId).shots().stream()
                .filter(shot -> wanted.contains(shot.id().value()))
                .collect(Collectors.toMap(shot -> shot.id().value(), Function.identity()));
        var written = breakdowns.linesAsWritten(projectId, shots.values());
        for (var take : records) {
            var shot = shots.get(take.shotId());
            if (shot != null && !take.fingerprint().equals(Fingerprints.of(shot, written.get(shot.id())))) {
                outOfDate.add(new TakeId(take.id()));
            }
        }
        return outOfDate;
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public StoryboardTotals totals(ProjectId projectId) {
        access.require(projectId, Permission.VIEW);
        var list = breakdowns.shotList(projectId);
        var board = board(projectId, list, list.shots(), true);
        int ready = 0;
        int missing = 0;
        int generating = 0;
        int outOfDate = 0;
        int failed = 0;
        for (var shot : board) {
            switch (shot.state()) {
                case READY -> ready++;
                case NO_TAKE -> missing++;
                case QUEUED, GENERATING -> generating++;
                case OUT_OF_DATE -> {
                    outOfDate++;
                    missing++;
                }
                case FAILED -> {
                    failed++;
                    missing++;
                }
            }
        }
        return new StoryboardTotals(board.size(), ready, missing, generating, outOfDate, failed);
    }

    // --------------------------------------------------------------------------------------------------- writes

    /**
     * Queues a generation of one shot (a regeneration is the same). The prompt is {@code editedPrompt} when given
     * (and kept as the shot's prompt from now on), else the shot's last edited prompt, else the default built from
     * the script. The seed derives from the shot and the number of generations asked for so far.
     *
     * @throws PromptRefused when the edited prompt is longer than {@link #MAX_PROMPT}
     */
    public JobId generate(ProjectId projectId, ShotId shotId, @Nullable String editedPrompt) {
        var member = access.requireMember(projectId, Permission.GENERATE);
        var edited = editedPrompt == null || editedPrompt.isBlank() ? null : editedPrompt.strip();
        if (edited != null && edited.length() > MAX_PROMPT) {
            throw new PromptRefused(MAX_PROMPT);
        }
        var list = breakdowns.shotList(projectId);
        var shot = list.shots().stream().filter(s -> s.id().equals(shotId)).findFirst()
                .orElseThrow(() -> new NotAllowed(Permission.GENERATE));
        return submit(projectId, member, list, List.of(shot), edited).getFirst();
    }

    /**
     * Queues one generation for every shot without a ready selected take (none yet, out of date, or failed) that is
     * not already queued or being generated; returns how many were queued. The queue gives each project its turn.
     */
    public int generateAllMissing(ProjectId projectId) {
        return generateMissing(projectId).size();
    }

    /**
     * Like {@link #generateAllMissing}, answering the generation jobs it queued (in script order), for a caller that
     * keeps them, e.g. to cancel later exactly the generations it asked for and no one else's. Inside the caller's
     * transaction the jobs are queued when it commits.
     */
    public List<JobId> generateMissing(ProjectId projectId) {
        var member = access.requireMember(projectId, Permission.GENERATE);
        var list = breakdowns.shotList(projectId);
        var board = board(projectId, list, list.shots(), true);
        var missing = new ArrayList<Shot>();
        for (int i = 0; i < board.size(); i++) {
            var state = board.get(i).state();
            if (state == ShotState.NO_TAKE || state == ShotState.OUT_OF_DATE || state == ShotState.FAILED) {
                missing.add(list.shots().get(i));
            }
        }
        return missing.isEmpty() ? List.of() : submit(projectId, member, list, missing, null);
    }

    /**
     * The account id of who asked for the take (empty for a take of another project or one made without a known
     * person), for notices sent when nobody is signed in (an event listener); checks no permission.
     */
    @Transactional(readOnly = true)
    public Optional<UUID> makerOf(ProjectId projectId, TakeId takeId) {
        return store.take(takeId.value()).filter(t -> t.projectId().equals(projectId.value()))
                .map(TakeRecord::madeBy);
    }

    /** Makes the take its shot's selected ("circled") take; the mark moves from the one selected before. */
    public void select(ProjectId projectId, TakeId takeId) {
        var member = access.requireMember(projectId, Permission.GENERATE);
        var take = store.take(takeId.value()).filter(t -> t.projectId().equals(projectId.value()))
                .orElseThrow(() -> new NotAllowed(Permission.GENERATE));
        var previous = store.select(projectId, take.shotId(), take.id());
        if (!take.id().equals(previous)) {
            events.publishEvent(new TakeSelected(projectId, new ShotId(take.shotId()), new TakeId(take.id()),
                    previous == null ? null : new TakeId(previous), member.userId().toString()));
        }
        relay.changed(projectId, take.shotId().toString());
    }

    /**
     * Who asked for (or uploaded) each of the given takes of the project: their account id, for takes that know it.
     * No permission check: for a module that has checked the caller's right to the project itself (review's "waiting
     * for you" looks for the signed-in person's own takes).
     */
    @Transactional(readOnly = true)
    public Map<TakeId, String> makers(ProjectId projectId, Collection<TakeId> takeIds) {
        var makers = new HashMap<TakeId, String>();
        for (var takeId : takeIds) {
            store.take(takeId.value()).filter(take -> take.projectId().equals(projectId.value()))
                    .filter(take -> take.madeBy() != null)
                    .ifPresent(take -> makers.put(takeId, String.valueOf(take.madeBy())));
        }
        return makers;
    }

    /**
     * Stores an uploaded picture or video as a new take of the shot, after probing it by content (its name says
     * nothing). A video is kept as it is; a picture is animated into a clip of the shot's length with a slow push-in,
     * like an AI backend's still, so every take plays and cuts the same way. Refused files leave nothing behind: no
     * take, no media, the shot unchanged. Runs outside a transaction (probing and animating take seconds); the take
     * row is written in one short transaction at the end.
     *
     * @throws MediaRefused when it is empty, larger than {@code filmfactory.media.max-upload} (by its declared size
     *     and again while it streams), not a picture or video, corrupt or truncated; the arguments are those
     *     {@link MediaRefused} lists, starting with {@code fileName}
     * @throws org.filmfactory.platform.MediaQuotaExceeded when the project's media quota is full
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public TakeView upload(ProjectId projectId, ShotId shotId, String fileName, InputStream content,
            long declaredSize) {
        var member = access.requireMember(projectId, Permission.GENERATE);
        var shot = breakdowns.shot(projectId, shotId).orElseThrow(() -> new NotAllowed(Permission.GENERATE));
        long max = settings.maxUpload().toBytes();
        if (declaredSize > max) {
            throw MediaRefused.tooLarge(fileName, declaredSize, max);
        }
        var summary = breakdowns.summary(projectId);
        var fingerprint = Fingerprints.of(shot, breakdowns.linesAsWritten(projectId, List.of(shot)).get(shotId));
        var format = projects.find(projectId).format();
        Path work = null;
        try {
            work = TakeMedia.workFolder();
            var file = work.resolve("upload");
            var info = media.receive(content, file, max, fileName);
            var clip = file;
            if (info.kind() == MediaInfo.Kind.AUDIO) {
                throw new MediaRefused("media.refused.unknown-type", fileName);
            }
            if (info.kind() == MediaInfo.Kind.IMAGE) {
                clip = media.animate(file, new VideoFormat(format.width(), format.height(), format.fps()),
                        shot.duration(), work.resolve("animated.mp4"), percent -> { }, () -> false);
                info = media.probe(clip);
            }
            var takeId = UUID.randomUUID();
            var stored = media.store(projectId, takeId, clip, info, work);
            var probed = info;
            TakeRecord take;
            try {
                // The row and its event in one transaction: listeners hear of the take once it is stored (an event
                // published outside a transaction never reaches them).
                take = transactions.execute(tx -> {
                    var added = store.add(new TakeRecord(takeId, projectId.value(), shotId.value(), 0, null, UPLOAD,
                            "", 0, member.userId(), member.displayName(),
                            clock.instant().truncatedTo(ChronoUnit.MICROS), fingerprint, summary.scriptRevision(),
                            stored.clip().path(), stored.poster().path(), stored.thumbnail().path(),
                            probed.contentType(), probed.width(), probed.height(), (int) Math.round(probed.frameRate()),
                            probed.frames(), probed.duration().toMillis()));
                    events.publishEvent(new TakeGenerated(projectId, shotId, new TakeId(added.id()), added.number(),
                            member.userId().toString()));
                    return added;
                });
            } catch (RuntimeException failed) {
                media.delete(TakeMedia.keys(stored));
                throw failed;
            }
            relay.changed(projectId, shotId.toString());
            var selected = store.shots(List.of(shotId.value())).get(shotId.value());
            return view(take, selected == null ? null : selected.selected(), fingerprint);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } finally {
            if (work != null) {
                TakeMedia.clean(work);
            }
        }
    }

    /** Cancels one of the project's generation jobs (queued: at once; running: it stops soon). */
    public void cancel(ProjectId projectId, JobId job) {
        queue.cancel(generationJob(projectId, job).id());
        store.shotOfJob(job.value()).ifPresent(shot -> relay.changed(projectId, shot.toString()));
    }

    /** Queues a failed or cancelled generation of this project again, with a fresh attempt count. */
    public void retry(ProjectId projectId, JobId job) {
        queue.retry(generationJob(projectId, job).id());
        store.shotOfJob(job.value()).ifPresent(shot -> relay.changed(projectId, shot.toString()));
    }

    /** The job, when it is a generation of this project and the caller may generate; a forged id is refused. */
    private JobStatus generationJob(ProjectId projectId, JobId job) {
        access.require(projectId, Permission.GENERATE);
        return queue.status(job)
                .filter(s -> s.group().equals(projectId.toString()) && s.kind().equals(GenerationOrder.KIND))
                .orElseThrow(() -> new NotAllowed(Permission.GENERATE));
    }

    // ------------------------------------------------------------------------------------------------- helpers

    private List<JobId> submit(ProjectId projectId, ActingMember member, ShotList list, List<Shot> shots,
            @Nullable String edited) {
        var project = projects.find(projectId);
        var format = new VideoFormat(project.format().width(), project.format().height(), project.format().fps());
        var lines = breakdowns.scriptLines(projectId, shots);
        var written = breakdowns.linesAsWritten(projectId, shots);
        var scenes = scenes(list);
        var cast = new LinkedHashSet<String>();
        list.scenes().forEach(scene -> cast.addAll(scene.characters()));
        var own = store.shots(shots.stream().map(shot -> shot.id().value()).toList());
        var generator = generators.generatorIdFor(projectId);
        var jobs = new ArrayList<JobId>(shots.size());
        for (var shot : shots) {
            var scene = scenes.get(shot.sceneId());
            var request = store.request(projectId, shot.id().value(), edited);
            var kept = own.get(shot.id().value());
            var shotLines = lines.getOrDefault(shot.id(), List.of());
            var brief = Briefs.of(projectId.toString(), scene, shot, shotLines, List.copyOf(cast),
                    project.language().locale(), Seeds.of(shot.id().value(), request), format, "");
            var prompt = edited != null ? edited
                    : kept != null && kept.prompt() != null ? kept.prompt() : generators.defaultPrompt(brief);
            brief = withPrompt(brief, prompt);
            var order = new GenerationOrder(projectId.toString(), shot.id().toString(), member.userId().toString(),
                    member.displayName(), generator, Fingerprints.of(shot, written.get(shot.id())),
                    list.scriptRevision(), brief);
            var job = queue.submit(new JobRequest(GenerationOrder.KIND, projectId.toString(),
                    UserMessage.of("take.job.title", scene.number(), shot.number()), order.toJson(),
                    JobRequest.NORMAL, true, member.userId().toString()));
            store.generating(projectId, shot.id().value(), job.value());
            relay.changed(projectId, shot.id().toString());
            jobs.add(job);
        }
        return jobs;
    }

    private String defaultPrompt(ProjectId projectId, ShotList list, Shot shot) {
        var project = projects.find(projectId);
        var lines = breakdowns.scriptLines(projectId, List.of(shot)).getOrDefault(shot.id(), List.of());
        var cast = new LinkedHashSet<String>();
        list.scenes().forEach(scene -> cast.addAll(scene.characters()));
        var format = new VideoFormat(project.format().width(), project.format().height(), project.format().fps());
        return generators.defaultPrompt(Briefs.of(projectId.toString(), sceneOf(list, shot), shot, lines,
                List.copyOf(cast), project.language().locale(), 0, format, ""));
    }

    private static ShotBrief withPrompt(ShotBrief brief, String prompt) {
        return new ShotBrief(brief.projectKey(), brief.shotKey(), brief.sceneNumber(), brief.shotNumber(),
                brief.heading(), brief.setting(), brief.location(), brief.timeOfDay(), brief.type(), brief.move(),
                brief.duration(), brief.subjects(), brief.speaker(), brief.cast(), brief.lines(), brief.description(),
                brief.language(), brief.seed(), brief.format(), prompt);
    }

    private List<StoryboardShot> board(ProjectId projectId, ShotList list, List<Shot> shots, boolean wholeFilm) {
        if (shots.isEmpty()) {
            return List.of();
        }
        var scenes = scenes(list);
        var written = breakdowns.linesAsWritten(projectId, shots);
        var ids = shots.stream().map(shot -> shot.id().value()).toList();
        var own = wholeFilm ? store.shots(projectId) : store.shots(ids);
        var selectedIds = own.values().stream().map(ShotTakes::selected).filter(id -> id != null).toList();
        var selected = store.takes(selectedIds);
        var counts = store.takeCounts(ids);
        var jobs = jobs(projectId, own.values().stream().map(ShotTakes::job).filter(id -> id != null).toList(),
                wholeFilm);
        var board = new ArrayList<StoryboardShot>(shots.size());
        for (var shot : shots) {
            var scene = scenes.get(shot.sceneId());
            var mine = own.get(shot.id().value());
            var fingerprint = Fingerprints.of(shot, written.getOrDefault(shot.id(), List.of()));
            var take = mine == null || mine.selected() == null ? null : selected.get(mine.selected());
            var view = take == null ? null : view(take, take.id(), fingerprint);
            var job = mine == null || mine.job() == null ? null : jobs.get(mine.job());
            var state = view == null ? ShotState.NO_TAKE : view.outOfDate() ? ShotState.OUT_OF_DATE : ShotState.READY;
            int percent = 0;
            UserMessage failure = null;
            JobId jobId = null;
            if (job != null) {
                switch (job.state()) {
                    case QUEUED -> {
                        state = ShotState.QUEUED;
                        jobId = job.id();
                    }
                    case RUNNING -> {
                        state = ShotState.GENERATING;
                        percent = job.percent();
                        jobId = job.id();
                    }
                    case FAILED -> {
                        state = ShotState.FAILED;
                        failure = job.failure();
                        jobId = job.id();
                    }
                    case DONE, CANCELLED -> {
                    }
                }
            }
            board.add(new StoryboardShot(shot.id(), shot.sceneId(), scene.number(), scene.heading(), shot.number(),
                    shot.type(), shot.duration(), shot.description(), state, percent, failure, jobId, view,
                    counts.getOrDefault(shot.id().value(), 0)));
        }
        return board;
    }

    /**
     * The queue's status of the given jobs. For a window, one look-up per waiting shot (at most the window's size);
     * for the whole film, one listing of the project's jobs (running and queued come first), with a look-up only for
     * a job that did not fit in it.
     */
    private Map<UUID, JobStatus> jobs(ProjectId projectId, Collection<UUID> jobIds, boolean wholeFilm) {
        if (jobIds.isEmpty()) {
            return Map.of();
        }
        var statuses = new HashMap<UUID, JobStatus>();
        if (wholeFilm || jobIds.size() > 32) {
            queue.jobs(projectId.toString(), jobIds.size() + 64)
                    .forEach(status -> statuses.put(status.id().value(), status));
        }
        for (var id : jobIds) {
            if (!statuses.containsKey(id)) {
                queue.status(new JobId(id)).ifPresent(status -> statuses.put(id, status));
            }
        }
        return statuses;
    }

    private static Map<SceneId, BreakdownScene> scenes(ShotList list) {
        return list.scenes().stream().collect(Collectors.toMap(BreakdownScene::id, Function.identity()));
    }

    private static BreakdownScene sceneOf(ShotList list, Shot shot) {
        return scenes(list).get(shot.sceneId());
    }

    private static TakeView view(TakeRecord take, @Nullable UUID selected, String currentFingerprint) {
        return new TakeView(new TakeId(take.id()), new ShotId(take.shotId()), take.number(), take.generator(),
                take.prompt(), take.seed(), take.madeByName(), take.madeAt(), take.id().equals(selected),
                !take.fingerprint().equals(currentFingerprint), "/media/" + take.clipKey(),
                "/media/" + take.posterKey(), "/media/" + take.thumbnailKey(), take.width(), take.height(),
                take.fps(), take.frames(), Duration.ofMillis(take.durationMs()), take.contentType());
    }


}
