package org.filmfactory.factory.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.filmfactory.account.CurrentUser;
import org.filmfactory.factory.BatchFilm;
import org.filmfactory.factory.BatchFilmState;
import org.filmfactory.factory.BatchId;
import org.filmfactory.factory.BatchRefused;
import org.filmfactory.factory.BatchScripts;
import org.filmfactory.factory.BatchSummary;
import org.filmfactory.factory.Batches;
import org.filmfactory.factory.ChatNotConfigured;
import org.filmfactory.factory.Factory;
import org.filmfactory.factory.IdeaWriting;
import org.filmfactory.factory.MakeRunId;
import org.filmfactory.factory.NewBatch;
import org.filmfactory.fountain.ScriptFileRefused;
import org.filmfactory.platform.UserFacingException;
import org.filmfactory.platform.WorkQueue;
import org.filmfactory.project.NewProject;
import org.filmfactory.project.NotAllowed;
import org.filmfactory.project.OutputFormat;
import org.filmfactory.project.Permission;
import org.filmfactory.project.ProjectAccess;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ProjectSummary;
import org.filmfactory.project.ScriptLanguage;
import org.filmfactory.render.FilmId;
import org.filmfactory.render.Preset;
import org.filmfactory.screenplay.ScriptExchange;
import org.filmfactory.screenplay.ScriptNotStoredYet;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * {@link Batches} over two tables ({@link BatchStore}) and the keeper on every node ({@link LineKeeper}) that starts
 * the queued films and records the ends of the running ones. Starting a batch only creates its projects and rows;
 * an idea's screenplay is written by a work-queue job ({@link IdeaJob}), since it waits on a remote server.
 *
 * <p>Retry and cancel belong to whoever started the batch; the members of its projects watch it.
 */
@Service
class StudioBatches implements Batches {

    static final int MAX_NAME = 200;
    private static final Logger LOG = LoggerFactory.getLogger(StudioBatches.class);
    private static final int MAX_SOURCE = 500;

    private final CurrentUser currentUser;
    private final ProjectAccess access;
    private final ProjectManagement projects;
    private final ScriptExchange exchange;
    private final IdeaWriting ideas;
    private final Factory factory;
    private final WorkQueue queue;
    private final BatchStore store;
    private final BatchSignal signal;
    private final LineSettings settings;
    private final Clock clock;

    StudioBatches(CurrentUser currentUser, ProjectAccess access, ProjectManagement projects, ScriptExchange exchange,
            IdeaWriting ideas, Factory factory, WorkQueue queue, BatchStore store, BatchSignal signal,
            LineSettings settings, Clock clock) {
        this.currentUser = currentUser;
        this.access = access;
        this.projects = projects;
        this.exchange = exchange;
        this.ideas = ideas;
        this.factory = factory;
        this.queue = queue;
        this.store = store;
        this.signal = signal;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public BatchId start(NewBatch request) {
        var me = currentUser.require();
        var name = request.name().strip();
        if (name.isEmpty() || name.length() > MAX_NAME || name.codePoints().anyMatch(Character::isISOControl)) {
            throw new BatchRefused("factory.line.error.name", MAX_NAME);
        }
        int sources = request.scripts().size() + request.ideas().size() + request.projects().size();
        if (sources == 0) {
            throw new BatchRefused("factory.line.error.no-source");
        }
        var presets = List.copyOf(new LinkedHashSet<>(request.presets()));
        if (presets.isEmpty()) {
            throw new BatchRefused("factory.line.error.no-preset");
        }
        if ((long) sources * presets.size() > settings.maxFilms()) {
            throw new BatchRefused("factory.line.error.too-many", (long) sources * presets.size(),
                    settings.maxFilms());
        }
        if (!request.ideas().isEmpty() && !ideas.available()) {
            throw new ChatNotConfigured();
        }
        var existing = new ArrayList<ProjectSummary>();
        for (var project : new LinkedHashSet<>(request.projects())) {
            access.require(project, Permission.RENDER);
            existing.add(projects.find(project));
        }
        var id = BatchId.random();
        var now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        store.addBatch(new BatchStore.Batch(id, name, me.id().value(), me.displayName(), now, null, request.takes(),
                request.subtitles(), false));
        var format = format(presets.getFirst());
        int position = 0;
        for (var script : request.scripts()) {
            position++;
            var fileName = fileName(script.fileName());
            String failure = null;
            List<String> args = List.of();
            ProjectId project = null;
            try {
                if (!BatchScripts.isScript(fileName)) {
                    failure = "factory.line.reason.format";
                    args = List.of(String.join(" ", BatchScripts.FORMATS));
                } else {
                    var text = BatchScripts.read(fileName, script.bytes(), exchange.maxFileSize().toBytes());
                    failure = BatchScripts.unfit(text);
                    if (failure == null) {
                        var language = BatchScripts.language(text).getLanguage().equals("zh") ? ScriptLanguage.ZH
                                : ScriptLanguage.EN;
                        project = projects.create(new NewProject(projectName(fileName), "", language, format));
                        exchange.importOver(project, fileName, script.bytes());
                    }
                }
            } catch (ScriptFileRefused refused) {
                failure = refused.messageKey();
                args = strings(refused.arguments());
            } catch (ScriptNotStoredYet later) {
                // The script is taken and kept in the cluster; only its database write waits (a busy database), and
                // the film's run waits for the breakdown that follows that write. Not the film's failure.
                LOG.info("Batch {}: the script of {} is stored later: {}", id, fileName, String.valueOf(later.getCause()));
            } catch (UserFacingException refused) {
                failure = refused.messageKey();
                args = strings(refused.arguments());
            }
            add(id, position, presets, fileName, project, true, failure, args, null, now);
        }
        for (var idea : request.ideas()) {
            position++;
            var source = cut(idea.logline().strip().replaceAll("\\s+", " "), MAX_SOURCE);
            // Kept with the films, so Retry failed can write it again; the project is filled in when it exists.
            var payload = IdeaJob.Payload.of(id, position, null, me.id().value(), idea);
            try {
                var project = projects.create(new NewProject(projectName(source), "", idea.language(),
                        OutputFormat.VERTICAL_HD));
                var job = payload.into(project);
                add(id, position, presets, source, project, false, null, List.of(), job.json(), now);
                queue.submit(job.request());
            } catch (UserFacingException refused) {
                add(id, position, presets, source, null, true, refused.messageKey(), strings(refused.arguments()),
                        payload.json(), now);
            }
        }
        for (var project : existing) {
            position++;
            add(id, position, presets, project.name(), project.id(), true, null, List.of(), null, now);
        }
        // A batch of sources that all failed at once has ended already.
        store.finishIfEnded(id, now);
        signal.changed(id);
        return id;
    }

    private void add(BatchId batch, int position, List<Preset> presets, String source, @Nullable ProjectId project,
            boolean ready, @Nullable String failure, List<String> args, @Nullable String idea, Instant now) {
        for (var preset : presets) {
            store.addFilm(batch, position, preset, cut(source, MAX_SOURCE), project == null ? null : project.value(),
                    ready, failure == null ? BatchFilmState.QUEUED : BatchFilmState.FAILED, failure, args, idea,
                    now);
        }
    }

    @Override
    public List<BatchSummary> batches(int limit) {
        var me = currentUser.requireId();
        var mine = projects.mine().stream().map(project -> project.id().value()).toList();
        var summaries = new ArrayList<BatchSummary>();
        for (var batch : store.batches(me.value(), mine, Math.max(0, limit))) {
            var films = visibleFilms(batch);
            if (!films.isEmpty() || batch.startedBy().equals(me.value())) {
                summaries.add(summary(batch, films));
            }
        }
        return summaries;
    }

    @Override
    public Optional<BatchSummary> summary(BatchId id) {
        var batch = visible(id);
        return Optional.of(summary(batch, visibleFilms(batch)));
    }

    @Override
    public List<BatchFilm> films(BatchId id) {
        var batch = visible(id);
        var now = clock.instant();
        return visibleFilms(batch).stream().map(film -> film(film, now)).toList();
    }

    /**
     * Failed runs resume; a film whose start was refused starts again; an idea whose screenplay could not be written
     * is written again and then made like a fresh one. The idea is written into the project made for it at the start,
     * which stayed empty, rather than into a new one: the batch page, the report and anyone it was shared with keep
     * pointing at the same project, and whatever the crew did there meanwhile stays (a script they wrote by hand is
     * filmed as it is, see {@link IdeaJob}). Only when that project was deleted since does the idea get a new one.
     */
    @Override
    public int retryFailed(BatchId id) {
        var batch = own(id);
        int count = store.requeueFailed(batch.id());
        var unwritten = new LinkedHashMap<Integer, BatchStore.Film>();
        for (var film : store.films(batch.id())) {
            if (film.state() == BatchFilmState.FAILED && film.idea() != null
                    && ((film.run() == null && !film.ready()) || film.project() == null)) {
                unwritten.putIfAbsent(film.position(), film);
            }
        }
        for (var film : unwritten.values()) {
            int requeued = store.requeueIdea(batch.id(), film.position());
            if (requeued > 0) {
                count += requeued;
                writeAgain(film);
            }
        }
        signal.changed(batch.id());
        return count;
    }

    /** Queues the writing of a requeued idea's screenplay (into a new project when its own is gone). */
    private void writeAgain(BatchStore.Film film) {
        var payload = IdeaJob.Payload.read(film.idea());
        try {
            var project = film.project() == null ? null : new ProjectId(film.project());
            if (project == null) {
                project = projects.create(new NewProject(projectName(film.source()), "",
                        ScriptLanguage.valueOf(payload.language()), OutputFormat.VERTICAL_HD));
                store.project(film.batch(), film.position(), project.value());
            }
            queue.submit(payload.into(project).request());
        } catch (UserFacingException refused) {
            var now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            store.sourceFailed(film.batch(), film.position(), refused.messageKey(), strings(refused.arguments()), now);
            store.finishIfEnded(film.batch(), now);
        }
    }

    @Override
    public void cancel(BatchId id) {
        var batch = own(id);
        store.cancelled(batch.id());
        var now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        var running = new ArrayList<BatchStore.Film>();
        for (var film : store.films(batch.id())) {
            if (film.state() == BatchFilmState.QUEUED) {
                store.ended(film, BatchFilmState.QUEUED, BatchFilmState.CANCELLED, null, null, null, List.of(), now);
            } else if (film.state() == BatchFilmState.RUNNING) {
                running.add(film);
            }
        }
        store.finishIfEnded(batch.id(), now);
        signal.changed(batch.id());
        for (var film : running) {
            if (film.project() != null && film.run() != null) {
                // The run ends CANCELLED; the keeper records that end like any other.
                factory.cancel(new ProjectId(film.project()), new MakeRunId(film.run()));
            }
        }
    }

    @Override
    public AutoCloseable watch(BatchId id, Consumer<BatchId> listener) {
        visible(id);
        return signal.listen(id, listener);
    }

    /** The batch when the caller may see it; any other id is answered like a forbidden action. */
    private BatchStore.Batch visible(BatchId id) {
        var me = currentUser.requireId();
        var batch = store.batch(id).orElseThrow(() -> new NotAllowed(Permission.VIEW));
        if (!batch.startedBy().equals(me.value()) && visibleFilms(batch).isEmpty()) {
            throw new NotAllowed(Permission.VIEW);
        }
        return batch;
    }

    /** The batch when the caller started it: only they retry or cancel it. */
    private BatchStore.Batch own(BatchId id) {
        var batch = visible(id);
        if (!batch.startedBy().equals(currentUser.requireId().value())) {
            throw new NotAllowed(Permission.RENDER);
        }
        return batch;
    }

    /** The starter sees every film; a member of some of its projects the films of those. */
    private List<BatchStore.Film> visibleFilms(BatchStore.Batch batch) {
        var films = store.films(batch.id());
        if (batch.startedBy().equals(currentUser.requireId().value())) {
            return films;
        }
        var canView = new HashMap<UUID, Boolean>();
        return films.stream().filter(film -> film.project() != null && canView.computeIfAbsent(film.project(),
                project -> access.can(new ProjectId(project), Permission.VIEW))).toList();
    }

    private BatchSummary summary(BatchStore.Batch batch, List<BatchStore.Film> films) {
        int[] counts = new int[BatchFilmState.values().length];
        var costs = new HashMap<Integer, BigDecimal>();
        for (var film : films) {
            counts[film.state().ordinal()]++;
            costs.merge(film.position(), film.cost(), BigDecimal::max);
        }
        var end = batch.finished() == null ? clock.instant() : batch.finished();
        return new BatchSummary(batch.id(), batch.name(), batch.byName(), batch.started(), batch.finished(),
                films.size(), counts[BatchFilmState.QUEUED.ordinal()], counts[BatchFilmState.RUNNING.ordinal()],
                counts[BatchFilmState.MADE.ordinal()], counts[BatchFilmState.FAILED.ordinal()],
                counts[BatchFilmState.CANCELLED.ordinal()], Duration.between(batch.started(), end).isNegative()
                        ? Duration.ZERO : Duration.between(batch.started(), end),
                costs.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    private static BatchFilm film(BatchStore.Film film, Instant now) {
        Duration took = null;
        if (film.started() != null) {
            took = Duration.between(film.started(), film.finished() == null ? now : film.finished());
        }
        return new BatchFilm(film.batch(), film.position(), film.source(), film.preset(), film.state(),
                film.project() == null ? null : new ProjectId(film.project()),
                film.run() == null ? null : new MakeRunId(film.run()), film.stage(), film.progress(),
                film.shotLabel(), film.film() == null ? null : new FilmId(film.film()), film.failureKey(),
                film.failureArgs(), took);
    }

    /** The project's picture: the first preset's, so takes are drawn at the size the films need. */
    static OutputFormat format(Preset preset) {
        return new OutputFormat(preset.width(), preset.height(), preset.fps());
    }

    static List<String> strings(Object[] arguments) {
        return Arrays.stream(arguments).map(String::valueOf).toList();
    }

    /** The file's own name, without any folder a browser sent with it. */
    private static String fileName(String name) {
        var stripped = name.strip();
        int slash = Math.max(stripped.lastIndexOf('/'), stripped.lastIndexOf('\\'));
        var own = stripped.substring(slash + 1);
        return own.isEmpty() ? "script" : own;
    }

    /** A project's name from a source: without the file ending, within the project name limit. */
    private static String projectName(String source) {
        var name = source;
        int dot = name.lastIndexOf('.');
        if (dot > 0 && BatchScripts.isScript(name)) {
            name = name.substring(0, dot);
        }
        name = name.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        return name.isEmpty() ? "Film" : cut(name, 120);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1).strip() + "…";
    }
}
