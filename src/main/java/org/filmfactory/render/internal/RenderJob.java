package org.filmfactory.render.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.filmfactory.collab.LiveUpdate;
import org.filmfactory.collab.ProjectFeed;
import org.filmfactory.platform.EncoderSettings;
import org.filmfactory.platform.JobContext;
import org.filmfactory.platform.JobHandler;
import org.filmfactory.platform.JobId;
import org.filmfactory.platform.JobRequest;
import org.filmfactory.platform.MediaInfo;
import org.filmfactory.platform.MediaKey;
import org.filmfactory.platform.MediaProbe;
import org.filmfactory.platform.MediaRefused;
import org.filmfactory.platform.MediaStore;
import org.filmfactory.platform.SoundMix;
import org.filmfactory.platform.SoundMixer;
import org.filmfactory.platform.UserFacingException;
import org.filmfactory.platform.UserMessage;
import org.filmfactory.project.ProjectId;
import org.filmfactory.render.ClipPainting;
import org.filmfactory.render.ClipSource;
import org.filmfactory.render.CutNotRenderable;
import org.filmfactory.render.Film;
import org.filmfactory.render.FilmEngine;
import org.filmfactory.render.FilmId;
import org.filmfactory.render.FilmRendered;
import org.filmfactory.render.Preflight;
import org.filmfactory.render.RenderFailed;
import org.filmfactory.render.RenderJobId;
import org.filmfactory.render.RenderPlan;
import org.filmfactory.render.RenderStage;
import org.filmfactory.render.RenderedFilm;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a {@code render.film} job: reads the render's frozen plan, copies its takes, voices and music out of the media
 * store into a work folder of this run (named by job id and attempt), renders with {@link FilmEngine} over the
 * project's {@link StoreSegmentCache}, probes the MP4 and checks it against the platforms, stores the MP4, SRT and VTT
 * under {@code projects/<id>/films/<film id>/}, and — last, once — writes the film row and publishes
 * {@link FilmRendered}; then removes films beyond {@code keep-films}.
 *
 * <p>Repeated runs: a run that finds its job's film returns it; two racing runs store under different film ids and
 * the unique job id lets one row in (the loser removes its files). A run taken over after its node died finds the
 * finished segments in the store and renders only the rest. Progress figures never go back by more than the segment
 * that was lost: each run starts from the highest percentage a run of the render reported (kept with the render).
 * A missing or corrupt take fails the job with a message naming its clip, publishes {@link RenderFailed}, and leaves
 * the films as they were; so does a render the queue gives up after its attempts ran out ({@link #gaveUp}). One node
 * runs at most {@code filmfactory.render.workers} renders at once ({@link #perNode}).
 */
@Component
class RenderJob implements JobHandler {

    static final String KIND = "render.film";

    private static final Logger log = LoggerFactory.getLogger(RenderJob.class);
    /** Share of the figures before the engine starts (copying media) and after it (storing, checking). */
    private static final int BEFORE = 5;
    private static final int AFTER = 5;

    private final RenderStore store;
    private final MediaStore media;
    private final MediaProbe probe;
    private final EncoderSettings encoder;
    private final FilmSettings settings;
    private final ProjectFeed feed;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final ObjectProvider<ClipPainting> painter;
    private final Clock clock;

    RenderJob(RenderStore store, MediaStore media, MediaProbe probe, EncoderSettings encoder, FilmSettings settings,
            ProjectFeed feed, ApplicationEventPublisher events, TransactionTemplate transactions,
            ObjectProvider<ClipPainting> painter, Clock clock) {
        this.store = store;
        this.media = media;
        this.probe = probe;
        this.encoder = encoder;
        this.settings = settings;
        this.feed = feed;
        this.events = events;
        this.transactions = transactions;
        this.painter = painter;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** At most {@code filmfactory.render.workers} renders on one node at once. */
    @Override
    public int perNode() {
        return settings.workers();
    }

    /**
     * The queue stopped retrying a render whose runs kept failing (errors, or the nodes running it died): announced
     * once, with the queue's message (its job's failure); the films stay as they were.
     */
    @Override
    public void gaveUp(JobId id, JobRequest request, UserMessage failure) {
        var requestedBy = request.requestedBy() == null ? "" : request.requestedBy();
        transactions.executeWithoutResult(tx -> events.publishEvent(new RenderFailed(
                new ProjectId(UUID.fromString(request.group())), new RenderJobId(id.value()), failure, requestedBy)));
    }

    @Override
    public @Nullable String run(JobContext context) throws Exception {
        var order = store.order(UUID.fromString(context.payload()))
                .orElseThrow(() -> new IllegalStateException("no render " + context.payload()));
        var earlier = store.filmOfJob(context.id().value());
        if (earlier.isPresent()) {
            return earlier.get().film().id().toString();
        }
        try {
            return render(context, order);
        } catch (UserFacingException failed) {
            // Not retried: the job's failure is the message; the films stay as they were.
            transactions.executeWithoutResult(tx -> events.publishEvent(new RenderFailed(order.project(),
                    new RenderJobId(context.id().value()), UserMessage.of(failed),
                    order.requestedBy().toString())));
            throw failed;
        }
    }

    private String render(JobContext context, RenderStore.Order order) throws IOException {
        long began = System.nanoTime();
        var progress = new Progress(context, order);
        progress.report(RenderStage.PREPARING, 0, 0, 0);
        var work = Files.createTempDirectory("render-" + context.id() + "-" + context.attempt() + "-");
        try {
            var plan = plan(order, work);
            var cache = new StoreSegmentCache(media, order.project(), work.resolve("segments"));
            RenderedFilm rendered = new FilmEngine(encoder, settings.segmentSeconds()).render(plan, work, "film", cache,
                    (stage, percent, segment, segments) -> progress.report(stage,
                            BEFORE + percent * (100 - BEFORE - AFTER) / 100, segment, segments),
                    context::stopping);
            progress.report(RenderStage.CHECKING, 100 - AFTER, 0, 0);
            MediaInfo info;
            try {
                info = probe.probe(rendered.film());
            } catch (MediaRefused broken) {
                throw new IllegalStateException("the rendered film does not decode: " + broken.messageKey(), broken);
            }
            long bytes = Files.size(rendered.film());
            var findings = new Preflight().check(new Preflight.Facts(info.duration(), bytes, info.width(),
                    info.height(), info.frameRate(), info.audioCodec()));
            var filmId = FilmId.random();
            var folder = "projects/" + order.project() + "/films/" + filmId;
            var keys = List.of(new MediaKey(folder + "/film.mp4"), new MediaKey(folder + "/film.srt"),
                    new MediaKey(folder + "/film.vtt"));
            var stored = new ArrayList<MediaKey>();
            try {
                media.put(keys.get(0), rendered.film(), "video/mp4");
                stored.add(keys.get(0));
                media.put(keys.get(1), rendered.srt(), "application/x-subrip");
                stored.add(keys.get(1));
                media.put(keys.get(2), rendered.vtt(), "text/vtt");
                stored.add(keys.get(2));
            } catch (IOException | RuntimeException failed) {
                delete(stored);
                throw failed;
            }
            var film = new Film(filmId, order.project(), order.preset(), order.subtitles(),
                    clock.instant().truncatedTo(ChronoUnit.MICROS), order.requestedByName(), order.cutRevision(),
                    order.scriptRevision(), info.duration(), info.frames(), bytes, rendered.loudness(), keys.get(0),
                    keys.get(1), keys.get(2), findings);
            boolean added;
            try {
                added = Boolean.TRUE.equals(transactions.execute(tx -> {
                    var inserted = store.addFilm(new RenderStore.StoredFilm(film, context.id().value(),
                            rendered.segmentsRendered(), rendered.segmentsReused()));
                    if (inserted) {
                        events.publishEvent(new FilmRendered(order.project(), filmId,
                                new RenderJobId(context.id().value()), order.requestedBy().toString()));
                    }
                    return inserted;
                }));
            } catch (RuntimeException failed) {
                delete(keys);
                throw failed;
            }
            if (!added) {
                delete(keys);
                return store.filmOfJob(context.id().value()).orElseThrow().film().id().toString();
            }
            log.info("Film {} of project {} rendered in {} ms (attempt {}): {} segments drawn, {} reused", filmId,
                    order.project(), (System.nanoTime() - began) / 1_000_000, context.attempt(),
                    rendered.segmentsRendered(), rendered.segmentsReused());
            keepLast(order.project());
            progress.report(RenderStage.CHECKING, 100, 0, 0);
            feed.publish(order.project(), new LiveUpdate.FilmsChanged(filmId.toString()));
            return filmId.toString();
        } finally {
            clean(work);
        }
    }

    /** The engine's plan from the frozen one, with the media copied into {@code work}. */
    private RenderPlan plan(RenderStore.Order order, Path work) throws IOException {
        var frozen = order.plan();
        var takes = Files.createDirectories(work.resolve("takes"));
        var clips = new ArrayList<RenderPlan.Clip>();
        for (int i = 0; i < frozen.clips().size(); i++) {
            var clip = frozen.clips().get(i);
            ClipSource source;
            var painting = clip.painted() == null ? null : painter.getIfAvailable();
            if (clip.painted() != null && painting != null) {
                var painted = painting.painted(clip.painted(), frozen.preset(), clip.inFrame() + clip.frames());
                source = new ClipSource.Painted(painted.painter(), painted.width(), painted.height(),
                        clip.identity());
            } else if (clip.take() == null) {
                source = clip.painted() != null ? new ClipSource.Slate(clip.label(), clip.identity())
                        : new ClipSource.Slate(clip.identity().substring("slate:".length()), clip.identity());
            } else {
                var local = takes.resolve(i + ".mp4");
                copyTake(new MediaKey(clip.take()), local, clip.label());
                source = new ClipSource.VideoFile(local, clip.identity());
            }
            clips.add(new RenderPlan.Clip(clip.label(), source, clip.start(), clip.inFrame(), clip.frames(),
                    clip.transition(), clip.transitionFrames()));
        }
        var sounds = Files.createDirectories(work.resolve("sound"));
        int fps = frozen.preset().fps();
        var voices = new ArrayList<SoundMix.Voice>();
        for (int i = 0; i < frozen.voices().size(); i++) {
            var voice = frozen.voices().get(i);
            var local = sounds.resolve("line-" + i + ".wav");
            media.copyTo(new MediaKey(voice.wav()), local);
            voices.add(new SoundMix.Voice(local, (long) voice.startFrame() * SoundMix.RATE / fps, 0));
        }
        SoundMix.Music bed = null;
        if (frozen.music() != null) {
            var local = sounds.resolve("music.wav");
            media.copyTo(new MediaKey(frozen.music().wav()), local);
            bed = new SoundMix.Music(local, frozen.music().gainDb(), -10, 250);
        }
        var sound = new SoundMix((long) frozen.frames() * SoundMix.RATE / fps, voices, bed);
        var cues = frozen.cues().stream().map(cue -> new RenderPlan.Cue(cue.start(), cue.end(), cue.text())).toList();
        return new RenderPlan(frozen.preset(), Locale.forLanguageTag(frozen.language()), frozen.title(), clips,
                frozen.end(), frozen.endStart(), frozen.frames(), cues, frozen.subtitles(), sound);
    }

    /** Copies a take and checks that it decodes to its end: a missing or damaged take names its clip. */
    private void copyTake(MediaKey take, Path local, String label) throws IOException {
        try {
            media.copyTo(take, local);
            probe.probe(local);
        } catch (NoSuchFileException | MediaRefused broken) {
            throw new CutNotRenderable("render.error.clip", label);
        }
    }

    /** Removes the project's films beyond the newest {@code keep-films}, rows first, then their media. */
    private void keepLast(ProjectId project) {
        var films = store.films(project);
        for (var old : films.subList(Math.min(films.size(), settings.keepFilms()), films.size())) {
            transactions.executeWithoutResult(tx -> store.deleteFilm(old.film().id()));
            delete(List.of(old.film().film(), old.film().srt(), old.film().vtt()));
            feed.publish(project, new LiveUpdate.FilmsChanged(old.film().id().toString()));
        }
    }

    private void delete(List<MediaKey> keys) {
        for (var key : keys) {
            try {
                media.delete(key);
            } catch (IOException | RuntimeException failed) {
                log.warn("Could not remove {}: {}", key, failed.toString());
            }
        }
    }

    private static void clean(Path folder) {
        try (var files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException failed) {
            log.warn("Could not clean the work folder {}: {}", folder, failed.toString());
        }
    }

    /**
     * The figures one run reports: never below what an earlier run of the render reached (that run's node may have
     * died mid-segment; this one starts there, showing "resuming" until its own figures pass it), and what it
     * reaches is kept with the render whenever it moves on a segment.
     */
    private final class Progress {
        private final JobContext context;
        private final UUID order;
        private final int floor;
        private final int floorSegment;
        private int lastSegment;

        Progress(JobContext context, RenderStore.Order order) {
            this.context = context;
            this.order = order.id();
            this.floor = order.progressFloor();
            this.floorSegment = order.segmentFloor();
        }

        void report(RenderStage stage, int percent, int segment, int segments) {
            if (percent < floor) {
                context.progress(floor, UserMessage.of("render.stage.resuming", floorSegment, segments));
                return;
            }
            context.progress(percent, UserMessage.of(stage.messageKey(), segment, segments));
            if (stage == RenderStage.PICTURE && segment != lastSegment) {
                lastSegment = segment;
                store.progressed(order, percent, segment);
            }
        }
    }
}
