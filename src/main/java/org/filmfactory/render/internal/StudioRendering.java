package org.filmfactory.render.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.filmfactory.cut.Card;
import org.filmfactory.cut.CutSnapshot;
import org.filmfactory.cut.Cuts;
import org.filmfactory.cut.Music;
import org.filmfactory.cut.MusicChoice;
import org.filmfactory.cut.Voices;
import org.filmfactory.platform.JobId;
import org.filmfactory.platform.JobRequest;
import org.filmfactory.platform.JobStatus;
import org.filmfactory.platform.Translations;
import org.filmfactory.platform.UserMessage;
import org.filmfactory.platform.WorkQueue;
import org.filmfactory.project.NotAllowed;
import org.filmfactory.project.Permission;
import org.filmfactory.project.ProjectAccess;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.render.CutNotRenderable;
import org.filmfactory.render.Film;
import org.filmfactory.render.FilmId;
import org.filmfactory.render.Preflight;
import org.filmfactory.render.PreflightFinding;
import org.filmfactory.render.RenderJobId;
import org.filmfactory.render.RenderSpec;
import org.filmfactory.render.Rendering;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link Rendering} on the cluster's work queue. Asking for a render freezes it: the cut as it is now, its takes'
 * media keys, the dialogue timed and voiced, the music bed — all in frames of the preset — stored as a
 * {@link FrozenPlan} in its own committed transaction before the {@code render.film} job is queued (its payload is
 * only the render's id), so whichever node runs it finds the plan.
 */
@Service
class StudioRendering implements Rendering {

    /** How many of a project's jobs are looked at for its renders. */
    static final int JOBS_LIMIT = 200;

    private final ProjectAccess access;
    private final ProjectManagement projects;
    private final ObjectProvider<Cuts> cuts;
    private final ObjectProvider<Voices> voices;
    private final ObjectProvider<Music> music;
    private final WorkQueue queue;
    private final RenderStore store;
    private final Translations translations;
    private final TransactionTemplate transactions;
    private final Clock clock;

    StudioRendering(ProjectAccess access, ProjectManagement projects, ObjectProvider<Cuts> cuts,
            ObjectProvider<Voices> voices, ObjectProvider<Music> music, WorkQueue queue, RenderStore store,
            Translations translations, TransactionTemplate transactions, Clock clock) {
        this.access = access;
        this.projects = projects;
        this.cuts = cuts;
        this.voices = voices;
        this.music = music;
        this.queue = queue;
        this.store = store;
        this.translations = translations;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public RenderJobId request(ProjectId project, RenderSpec spec) {
        return request(project, spec, java.util.Map.of());
    }

    @Override
    public RenderJobId request(ProjectId project, RenderSpec spec,
            java.util.Map<org.filmfactory.cut.ClipId, String> painted) {
        var member = access.requireMember(project, Permission.RENDER);
        var cut = cuts.getObject().current(project);
        if (cut.clips().isEmpty()) {
            throw new CutNotRenderable("render.error.empty");
        }
        var plan = freeze(project, cut, spec, painted);
        var order = new RenderStore.Order(UUID.randomUUID(), project, null, member.userId(), member.displayName(),
                clock.instant().truncatedTo(ChronoUnit.MICROS), spec.preset(), spec.subtitles(), cut.revision(),
                cut.scriptRevision(), plan, 0, 0);
        transactions.executeWithoutResult(tx -> store.addOrder(order));
        var job = queue.submit(new JobRequest(RenderJob.KIND, project.toString(),
                UserMessage.of("render.job.title", spec.preset().id()), order.id().toString(), JobRequest.NORMAL,
                true, member.userId().toString()));
        transactions.executeWithoutResult(tx -> store.orderQueued(order.id(), job.value()));
        return new RenderJobId(job.value());
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The cut, its media, voices and music as the preset's frames and media keys. */
    private FrozenPlan freeze(ProjectId project, CutSnapshot cut, RenderSpec spec,
            java.util.Map<org.filmfactory.cut.ClipId, String> painted) {
        var preset = spec.preset();
        int from = cut.fps();
        int to = preset.fps();
        var media = cuts.getObject().media(project, cut);
        var labels = cuts.getObject().labels(project, cut);
        var language = projects.find(project).language().locale();
        var starts = cut.starts();
        var clips = new ArrayList<FrozenPlan.Clip>();
        for (int i = 0; i < cut.clips().size(); i++) {
            var clip = cut.clips().get(i);
            var label = labels.getOrDefault(clip.id(), String.valueOf(i + 1));
            int start = FrozenPlan.frames(starts[i], from, to);
            int end = FrozenPlan.frames((long) starts[i] + clip.frames(), from, to);
            var description = painted.get(clip.id());
            if (description != null) {
                // Drawn straight into the film: no take is read, none needs to exist.
                clips.add(new FrozenPlan.Clip(label, null, "painted:" + sha256(description), start,
                        0, Math.max(1, end - start), clip.transition(),
                        FrozenPlan.frames(clip.transitionFrames(), from, to), description));
                continue;
            }
            var found = media.get(clip.id());
            var identity = found != null ? found.identity()
                    : "slate:" + translations.translate(language, "render.slate", label);
            clips.add(new FrozenPlan.Clip(label, found == null ? null : found.file().path(), identity, start,
                    FrozenPlan.frames(clip.inFrame(), from, to), Math.max(1, end - start), clip.transition(),
                    FrozenPlan.frames(clip.transitionFrames(), from, to)));
        }
        // Without the voice or music module (a studio built without them) the film is made without speech or music.
        var voicing = voices.getIfAvailable();
        var lines = voicing == null ? List.<org.filmfactory.cut.TimedLine>of() : voicing.timedLines(project, cut);
        var cues = new ArrayList<FrozenPlan.Cue>();
        var spoken = new ArrayList<FrozenPlan.Voice>();
        for (var line : lines) {
            int start = FrozenPlan.frames(line.startFrame(), from, to);
            int end = FrozenPlan.frames((long) line.startFrame() + line.frames(), from, to);
            cues.add(new FrozenPlan.Cue(start, Math.max(start + 1, end), line.text()));
            if (line.audio() != null) {
                spoken.add(new FrozenPlan.Voice(line.audio().path(), start));
            }
        }
        var scoring = music.getIfAvailable();
        var choice = scoring == null ? new MusicChoice(MusicChoice.Source.NONE, 0, null, 0) : scoring.choice(project);
        var bed = scoring == null || choice.source() == MusicChoice.Source.NONE
                ? Optional.<org.filmfactory.platform.MediaKey>empty() : scoring.bed(project, cut);
        int frames = FrozenPlan.frames(cut.length(), from, to);
        int endStart = FrozenPlan.frames(cut.endCardStart(), from, to);
        return new FrozenPlan(project.toString(), preset, language.toLanguageTag(), spec.subtitles(),
                scaled(cut.title(), from, to), clips, scaled(cut.end(), from, to), endStart, frames, cues, spoken,
                bed.map(key -> new FrozenPlan.Music(key.path(), choice.gainDb())).orElse(null));
    }

    private static Card scaled(Card card, int from, int to) {
        return new Card(card.text(), card.background(), card.foreground(), FrozenPlan.frames(card.frames(), from, to));
    }

    @Override
    public void cancel(ProjectId project, RenderJobId job) {
        access.require(project, Permission.RENDER);
        queue.cancel(renderOf(project, job).id());
    }

    @Override
    public void retry(ProjectId project, RenderJobId job) {
        access.require(project, Permission.RENDER);
        queue.retry(renderOf(project, job).id());
    }

    /** The queue's job when it is a render of this project; a job of another project is refused like a forbidden one. */
    private JobStatus renderOf(ProjectId project, RenderJobId job) {
        return queue.status(new JobId(job.value()))
                .filter(status -> status.group().equals(project.toString()) && RenderJob.KIND.equals(status.kind()))
                .orElseThrow(() -> new NotAllowed(Permission.RENDER));
    }

    @Override
    public List<JobStatus> renders(ProjectId project) {
        access.require(project, Permission.VIEW);
        return queue.jobs(project.toString(), JOBS_LIMIT).stream()
                .filter(job -> RenderJob.KIND.equals(job.kind())).toList();
    }

    @Override
    public List<Film> films(ProjectId project) {
        access.require(project, Permission.VIEW);
        return store.films(project).stream().map(RenderStore.StoredFilm::film).toList();
    }

    @Override
    public Optional<Film> film(ProjectId project, FilmId film) {
        access.require(project, Permission.VIEW);
        return store.film(project, film).map(RenderStore.StoredFilm::film);
    }

    @Override
    public List<PreflightFinding> preflight(ProjectId project, RenderSpec spec) {
        access.require(project, Permission.VIEW);
        var cut = cuts.getObject().current(project);
        var preset = spec.preset();
        var duration = Duration.ofMillis(cut.length() * 1000L / Math.max(1, cut.fps()));
        return new Preflight().check(new Preflight.Facts(duration, Preflight.largestSize(preset, duration),
                preset.width(), preset.height(), preset.fps(), "aac"));
    }

    /** How many segments a stored film's render drew and reused, for the figures and the tests. */
    Optional<int[]> segments(ProjectId project, FilmId film) {
        access.require(project, Permission.VIEW);
        return store.film(project, film).map(stored -> new int[] {stored.segmentsRendered(), stored.segmentsReused()});
    }
}
