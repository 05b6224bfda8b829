package org.filmfactory.take.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.filmfactory.platform.ui.Coalescer;
import org.filmfactory.breakdown.BreakdownScene;
import org.filmfactory.breakdown.Breakdowns;
import org.filmfactory.breakdown.SceneId;
import org.filmfactory.breakdown.ShotId;
import org.filmfactory.collab.LiveFollower;
import org.filmfactory.collab.LiveUpdate;
import org.filmfactory.platform.JobId;
import org.filmfactory.platform.JobState;
import org.filmfactory.platform.JobStatus;
import org.filmfactory.platform.Translations;
import org.filmfactory.platform.UserFacingException;
import org.filmfactory.platform.WorkQueue;
import org.filmfactory.platform.ui.Notices;
import org.filmfactory.platform.ui.QueueWatch;
import org.filmfactory.project.Permission;
import org.filmfactory.project.ProjectAccess;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ui.ProjectShell;
import org.filmfactory.take.ShotMark;
import org.filmfactory.take.ShotMarks;
import org.filmfactory.take.ShotState;
import org.filmfactory.take.StoryboardShot;
import org.filmfactory.take.StoryboardTotals;
import org.filmfactory.take.TakeGeneration;
import org.filmfactory.take.TakeNavigation;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import tools.jackson.databind.json.JsonMapper;

/**
 * The storyboard: the film as cards of the shots' selected takes, scene by scene, with each shot's state (no take,
 * queued, generating with its percentage, ready, out of date, failed with the reason and a Retry). A virtualized
 * grid whose rows are runs of up to {@link #ROW} cards of one scene: the server keeps the scenes' shot counts (a few
 * numbers per scene) and the rows on screen, never the whole film. "Generate all missing" queues every shot without
 * a picture and shows one progress view for the run; the jobs panel lists the project's jobs as the queue reports them.
 * Follows every node: a take made or a shot's state changed refreshes that card only, job progress updates the cards
 * and the figures, all of it gathered into at most one push per {@link #PUSH_INTERVAL}.
 */
@Route(value = TakeNavigation.STORYBOARD, layout = ProjectShell.class)
@PermitAll
@JsModule("./take-player.ts")
class StoryboardView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** Cards per row of the grid; a narrow screen wraps a row onto more lines. */
    static final int ROW = 6;
    /** Changes from the cluster reach the browser at most this often. */
    static final Duration PUSH_INTERVAL = Duration.ofMillis(400);
    /** The generation jobs' kind on the work queue. */
    static final String GENERATE_KIND = "take.generate";
    /** Rows kept for refreshing single cards: about the grid's cache, a little more than a screenful. */
    private static final int KEPT_ROWS = 240;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final TakeGeneration takes;
    private final Breakdowns breakdowns;
    private final WorkQueue queue;
    private final ProjectAccess access;
    private final LiveFollower follower;
    private final Translations translations;
    private final Clock clock;
    private final ObjectProvider<ShotMarks> marks;

    private final H2 title = new H2();
    private final Span totalsText = new Span();
    private final Button generateAll = new Button();
    private final Div run = new Div();
    private final ProgressBar runBar = new ProgressBar(0, 1);
    private final Span runDone = new Span();
    private final Span runPercent = new Span();
    private final Span runEta = new Span();
    private final ComboBox<BreakdownScene> scenePicker = new ComboBox<>();
    private final Grid<CardRow> grid = new Grid<>();
    private final JobsPanel jobs = new JobsPanel();

    private @Nullable ProjectId projectId;
    private boolean mayGenerate;
    private @Nullable StoryboardTotals totals;
    /** The grid's rows: where each starts among the shots, how many cards it has, and the scene of a first row. */
    private List<Row> layout = List.of();
    /** The rows last sent to the browser, by index, for refreshing one card; bounded. */
    private final Map<Integer, CardRow> shown = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, CardRow> eldest) {
            return size() > KEPT_ROWS;
        }
    };
    private @Nullable Registration following;
    private final QueueWatch watching;

    // Gathered between pushes; written by cluster threads and the UI thread.
    private final Set<String> changedShots = ConcurrentHashMap.newKeySet();
    private final Set<String> changedMarks = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean jobsChanged = new AtomicBoolean();
    private final AtomicBoolean shotListChanged = new AtomicBoolean();
    private final Coalescer pushes = new Coalescer(PUSH_INTERVAL, this::flush);

    StoryboardView(TakeGeneration takes, Breakdowns breakdowns, WorkQueue queue, ProjectAccess access,
            LiveFollower follower, Translations translations, Clock clock, ObjectProvider<ShotMarks> marks) {
        this.takes = takes;
        this.breakdowns = breakdowns;
        this.queue = queue;
        this.watching = new QueueWatch(queue);
        this.access = access;
        this.follower = follower;
        this.translations = translations;
        this.clock = clock;
        this.marks = marks;
        addClassName("studio-page");
        setId("storyboard-view");
        getStyle().set("max-width", "1400px").set("box-sizing", "border-box").set("min-width", "0");

        totalsText.setId("storyboard-totals");
        totalsText.addClassName("studio-muted");
        generateAll.setId("generate-all");
        generateAll.setText(getTranslation("storyboard.generate-all"));
        generateAll.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        generateAll.setDisableOnClick(true);
        generateAll.addClickListener(e -> generateAllMissing());

        run.setId("run-progress");
        runDone.setId("run-done");
        runPercent.setId("run-percent");
        runEta.setId("run-eta");
        runEta.addClassName("studio-muted");
        runBar.setId("run-bar");
        var runText = new Div(runDone, runPercent, runEta);
        runText.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "0 var(--lumo-space-m)");
        run.add(runText, runBar);
        run.setVisible(false);
        run.getStyle().set("flex", "1 1 16rem").set("min-width", "0");

        scenePicker.setId("storyboard-scene-picker");
        scenePicker.setLabel(getTranslation("storyboard.scene-picker"));
        scenePicker.setItemLabelGenerator(scene -> scene.number() + ". " + scene.heading());
        scenePicker.setItems(query -> breakdowns.scenes(id(), query.getFilter().orElse(""), query.getOffset(),
                query.getLimit()).stream());
        scenePicker.setClearButtonVisible(true);
        scenePicker.setWidth("24em");
        scenePicker.setMaxWidth("100%");
        scenePicker.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                showScene(e.getValue().id());
            }
        });

        grid.setId("storyboard");
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_NO_ROW_BORDERS,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(cardRenderer()).setFlexGrow(1);
        grid.setItems(query -> fetch(query.getOffset(), query.getLimit()).stream(), query -> layout.size())
                .setIdentifierProvider(row -> row.index);
        grid.setHeight("72vh");
        grid.setWidthFull();
        grid.getStyle().set("min-width", "0");
        grid.setSelectionMode(Grid.SelectionMode.NONE);

        jobs.addJobActionListener(e -> act(e.job(), e.retry()));

        var head = new Div(title, totalsText);
        head.getStyle().set("display", "flex").set("flex-direction", "column").set("flex", "1 1 16rem")
                .set("min-width", "0");
        var top = new Div(head, run, generateAll);
        top.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)")
                .set("align-items", "center");
        add(top, scenePicker, grid, jobs);
    }

    /** One row of cards: the shots from {@code offset}, at most {@link #ROW}, all of one scene. */
    private record Row(int offset, int count, @Nullable SceneId sceneStart) {
    }

    /** A row as the grid shows it; the cards are replaced one at a time when a shot changes. */
    static final class CardRow {
        final int index;
        final int offset;
        final boolean sceneStart;
        final List<StoryboardShot> shots;
        /** Marks other modules put on these shots (review's approval and open comments). */
        final Map<ShotId, ShotMark> marks = new java.util.HashMap<>();

        CardRow(int index, int offset, boolean sceneStart, List<StoryboardShot> shots) {
            this.index = index;
            this.offset = offset;
            this.sceneStart = sceneStart;
            this.shots = new ArrayList<>(shots);
        }
    }

    private LitRenderer<CardRow> cardRenderer() {
        return LitRenderer.<CardRow>of("""
                <div class="sb-row" data-row="${item.index}" style="padding: 0 0 var(--lumo-space-s)">
                  ${item.heading ? html`<div class="sb-scene" data-scene="${item.scene}"
                    style="font-weight:600; padding: var(--lumo-space-s) 0 var(--lumo-space-xs);
                    border-bottom: 1px solid var(--lumo-contrast-10pct); margin-bottom: var(--lumo-space-s)">${item.heading}</div>` : ''}
                  <div class="sb-cards" style="display:grid; grid-template-columns: repeat(auto-fill, minmax(9.5rem, 1fr));
                    gap: var(--lumo-space-s)">
                  ${JSON.parse(item.cards).map(c => html`<div class="sb-card" id="card-${c.id}" data-state="${c.state}"
                      data-percent="${c.percent}" data-takes="${c.takes}" style="min-width:0; cursor:pointer;
                      border:1px solid var(--lumo-contrast-10pct); border-radius: var(--lumo-border-radius-m);
                      padding: var(--lumo-space-xs); background: var(--lumo-base-color)" @click=${() => open(c.id)}>
                    <ff-take-scrub poster="${c.poster}" clip="${c.clip}" alt="${c.number}"
                      style="--ff-scrub-ratio: ${c.ratio}"></ff-take-scrub>
                    <div style="display:flex; flex-wrap:wrap; gap: 0 var(--lumo-space-xs); align-items: baseline;
                      font-size: var(--lumo-font-size-s)">
                      <strong class="sb-number">${c.number}</strong>
                      <span class="sb-type">${c.type}</span>
                      <span class="sb-duration studio-muted">${c.duration}</span>
                    </div>
                    <span class="sb-state" theme="badge small ${c.theme}">${c.stateText}</span>
                    ${c.mark ? html`<span class="sb-mark" data-mark="${c.markKey}" theme="badge small ${c.markTheme}">${c.mark}</span>` : ''}
                    ${c.open ? html`<span class="sb-open" data-count="${c.open}" theme="badge small contrast pill">${c.openText}</span>` : ''}
                    ${c.failure ? html`<div class="sb-failure" style="font-size: var(--lumo-font-size-xs);
                      color: var(--lumo-error-text-color); overflow-wrap: anywhere">${c.failure}</div>` : ''}
                    ${c.retry ? html`<vaadin-button theme="small" class="sb-retry"
                      @click=${(e) => { e.stopPropagation(); retry(c.id); }}>${c.retryLabel}</vaadin-button>` : ''}
                  </div>`)}
                  </div>
                </div>""")
                .withProperty("index", row -> row.index)
                .withProperty("heading", row -> row.sceneStart && !row.shots.isEmpty()
                        ? row.shots.getFirst().sceneNumber() + ". " + row.shots.getFirst().heading() : "")
                .withProperty("scene", row -> row.shots.isEmpty() ? "" : row.shots.getFirst().sceneId().toString())
                .withProperty("cards", row -> JSON.writeValueAsString(row.shots.stream()
                        .map(shot -> card(shot, row.marks.get(shot.shotId()))).toList()))
                .withFunction("open", (row, args) -> open(args.get(0).asString()))
                .withFunction("retry", (row, args) -> retry(args.get(0).asString()));
    }

    /** What a card shows, as the template reads it. */
    private Map<String, Object> card(StoryboardShot shot, @Nullable ShotMark mark) {
        var take = shot.selected();
        var card = new LinkedHashMap<String, Object>();
        card.put("id", shot.shotId().toString());
        card.put("number", shot.sceneNumber() + "." + shot.shotNumber());
        card.put("type", getTranslation(shot.type().key()));
        card.put("duration", seconds(shot.duration()));
        card.put("state", shot.state().name());
        card.put("percent", shot.percent());
        card.put("stateText", stateText(shot));
        card.put("theme", switch (shot.state()) {
            case READY -> "success";
            case FAILED -> "error";
            case OUT_OF_DATE -> "warning";
            case GENERATING, QUEUED -> "";
            case NO_TAKE -> "contrast";
        });
        card.put("failure", shot.state() == ShotState.FAILED && shot.failure() != null
                ? getTranslation(shot.failure().key(), shot.failure().arguments().toArray()) : "");
        card.put("retry", mayGenerate && shot.state() == ShotState.FAILED);
        card.put("retryLabel", getTranslation("storyboard.retry"));
        card.put("takes", shot.takeCount());
        card.put("mark", mark == null ? "" : getTranslation(mark.labelKey()));
        card.put("markKey", mark == null ? "" : mark.labelKey());
        card.put("markTheme", mark == null ? "" : mark.theme());
        card.put("open", mark == null ? 0 : mark.openComments());
        card.put("openText", mark == null ? "" : getTranslation("review.panel.open-count", mark.openComments()));
        card.put("poster", take == null ? "" : take.thumbnailUrl().isEmpty() ? take.posterUrl() : take.thumbnailUrl());
        card.put("clip", take == null || take.fps() == 0 ? "" : take.clipUrl());
        card.put("ratio", take == null || take.width() <= 0 || take.height() <= 0 ? "9 / 16"
                : take.width() + " / " + take.height());
        return card;
    }

    private String stateText(StoryboardShot shot) {
        return switch (shot.state()) {
            case NO_TAKE -> getTranslation("storyboard.state.no-take");
            case QUEUED -> getTranslation("storyboard.state.queued");
            case GENERATING -> getTranslation("storyboard.state.generating", shot.percent());
            case READY -> getTranslation("storyboard.state.ready");
            case OUT_OF_DATE -> getTranslation("storyboard.state.out-of-date");
            case FAILED -> getTranslation("storyboard.state.failed");
        };
    }

    private String seconds(Duration duration) {
        return getTranslation("storyboard.seconds",
                String.format(Locale.ROOT, "%.1f", duration.toMillis() / 1000.0));
    }

    /** The rows {@code offset} to {@code offset + limit - 1}, with one read of the shots they show. */
    private List<CardRow> fetch(int offset, int limit) {
        var rows = layout;
        int end = Math.min(rows.size(), offset + limit);
        if (offset >= end) {
            return List.of();
        }
        int from = rows.get(offset).offset();
        var last = rows.get(end - 1);
        var shots = takes.storyboard(id(), from, last.offset() + last.count() - from);
        var result = new ArrayList<CardRow>(end - offset);
        for (int i = offset; i < end; i++) {
            var row = rows.get(i);
            int start = Math.min(shots.size(), row.offset() - from);
            int stop = Math.min(shots.size(), start + row.count());
            var cardRow = new CardRow(i, row.offset(), row.sceneStart() != null, shots.subList(start, stop));
            shown.put(i, cardRow);
            result.add(cardRow);
        }
        markRows(result);
        return result;
    }

    /** Asks for the marks of the shots in these rows only, in one call, when a module puts marks on shots. */
    private void markRows(List<CardRow> rows) {
        var source = marks.getIfAvailable();
        if (source == null || rows.isEmpty()) {
            return;
        }
        var ids = rows.stream().flatMap(row -> row.shots.stream()).map(StoryboardShot::shotId).toList();
        var found = source.marks(id(), ids);
        for (var row : rows) {
            row.marks.clear();
            for (var shot : row.shots) {
                var mark = found.get(shot.shotId());
                if (mark != null) {
                    row.marks.put(shot.shotId(), mark);
                }
            }
        }
    }

    /** The rows from the scenes' shot counts: a scene's shots in runs of {@link #ROW}. */
    private List<Row> layOut(ProjectId id) {
        var rows = new ArrayList<Row>();
        int offset = 0;
        int window = 500;
        for (int first = 0; ; first += window) {
            var scenes = breakdowns.scenes(id, first, window);
            for (var scene : scenes) {
                for (int i = 0; i < scene.shots(); i += ROW) {
                    rows.add(new Row(offset + i, Math.min(ROW, scene.shots() - i), i == 0 ? scene.scene().id() : null));
                }
                offset += scene.shots();
            }
            if (scenes.size() < window) {
                return List.copyOf(rows);
            }
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            var id = ProjectShell.enteredProject(event);
            projectId = id;
            title.setText(getTranslation("storyboard.section"));
            mayGenerate = access.can(id, Permission.GENERATE);
            generateAll.setVisible(mayGenerate);
            scenePicker.clear();
            shown.clear();
            layout = layOut(id);
            grid.getDataProvider().refreshAll();
            scenePicker.getDataProvider().refreshAll();
            showTotals(takes.totals(id));
            showJobs();
            follow(id);
            if (isAttached()) {
                watch(UI.getCurrent());
            }
        } catch (UserFacingException refused) {
            Notices.error(translations.translate(getLocale(), refused.messageKey(), refused.arguments()));
            event.forwardTo("");
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        if (projectId != null) {
            watch(event.getUI());
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        watching.stop();
        super.onDetach(event);
    }

    /** Follows the project's jobs on the queue while on screen; the updates only mark what to fetch at the next push. */
    private void watch(UI ui) {
        watching.start(id().toString(), status -> {
            jobsChanged.set(true);
            pushes.request(ui);
        });
    }

    private void follow(ProjectId id) {
        if (following != null) {
            following.remove();
        }
        following = follower.follow(this, id, update -> {
            switch (update) {
                case LiveUpdate.TakesChanged changed -> changedShots.add(changed.shotId());
                case LiveUpdate.ReviewChanged changed when !changed.shotId().isEmpty() ->
                        changedMarks.add(changed.shotId());
                case LiveUpdate.ShotListChanged changed -> shotListChanged.set(true);
                case LiveUpdate.CrewChanged changed -> shotListChanged.set(true);
                default -> {
                    return;
                }
            }
            pushes.request(UI.getCurrent());
        });
    }

    /** Applies what the cluster reported since the last push: cards, figures, jobs. */
    private void flush() {
        if (projectId == null) {
            return;
        }
        try {
            if (shotListChanged.getAndSet(false)) {
                mayGenerate = access.can(id(), Permission.GENERATE);
                generateAll.setVisible(mayGenerate);
                changedShots.clear();
                changedMarks.clear();
                shown.clear();
                layout = layOut(id());
                grid.getDataProvider().refreshAll();
            }
            for (var shotId : List.copyOf(changedShots)) {
                changedShots.remove(shotId);
                refreshCard(shotId);
            }
            for (var shotId : List.copyOf(changedMarks)) {
                changedMarks.remove(shotId);
                refreshMark(shotId);
            }
            if (jobsChanged.getAndSet(false)) {
                showJobs();
            }
            showTotals(takes.totals(id()));
        } catch (UserFacingException gone) {
            // Removed from the crew or the project deleted meanwhile: keep what is on screen.
            totalsText.setText(translations.translate(getLocale(), gone.messageKey(), gone.arguments()));
        }
    }

    /** Reads one shot again when its card is on screen (or was lately); other cards are fetched when scrolled to. */
    private void refreshCard(String shotId) {
        for (var row : shown.values()) {
            for (int i = 0; i < row.shots.size(); i++) {
                if (row.shots.get(i).shotId().toString().equals(shotId)) {
                    var fresh = takes.storyboard(id(), row.offset + i, 1);
                    if (fresh.size() == 1 && fresh.getFirst().shotId().toString().equals(shotId)) {
                        row.shots.set(i, fresh.getFirst());
                        markRows(List.of(row));
                        grid.getDataProvider().refreshItem(row);
                    } else {
                        // The shots moved meanwhile: lay the film out again.
                        shotListChanged.set(true);
                    }
                    return;
                }
            }
        }
    }

    /** Reads one shot's mark again when its card is on screen (or was lately). */
    private void refreshMark(String shotId) {
        for (var row : shown.values()) {
            if (row.shots.stream().anyMatch(shot -> shot.shotId().toString().equals(shotId))) {
                markRows(List.of(row));
                grid.getDataProvider().refreshItem(row);
                return;
            }
        }
    }

    /** The jobs, the running ones' progress on their cards, and the run's figures. */
    private void showJobs() {
        var list = queue.jobs(id().toString(), JobsPanel.LIMIT);
        jobs.show(list, mayGenerate);
        lastRunning = list.stream().filter(job -> GENERATE_KIND.equals(job.kind())).toList();
        for (var job : lastRunning) {
            if (job.state() == JobState.RUNNING) {
                progressOnCard(job);
            }
        }
    }

    private List<JobStatus> lastRunning = List.of();

    /** A running job's percentage on its card, without reading the shot again. */
    private void progressOnCard(JobStatus job) {
        for (var row : shown.values()) {
            for (int i = 0; i < row.shots.size(); i++) {
                var shot = row.shots.get(i);
                if (job.id().equals(shot.job()) && (shot.state() == ShotState.QUEUED
                        || shot.state() == ShotState.GENERATING) && shot.percent() != job.percent()) {
                    row.shots.set(i, new StoryboardShot(shot.shotId(), shot.sceneId(), shot.sceneNumber(),
                            shot.heading(), shot.shotNumber(), shot.type(), shot.duration(), shot.description(),
                            ShotState.GENERATING, job.percent(), null, job.id(), shot.selected(), shot.takeCount()));
                    grid.getDataProvider().refreshItem(row);
                    return;
                }
            }
        }
    }

    /**
     * The figures and the run: while shots are queued or generating, how many of the run are ready, the overall
     * percentage (ready shots count whole, running ones by their progress) and the time left from the jobs' own
     * estimates.
     */
    private void showTotals(StoryboardTotals now) {
        totals = now;
        totalsText.setText(getTranslation("storyboard.totals", now.shots(), now.ready(), now.missing(),
                now.generating(), now.outOfDate(), now.failed()));
        totalsText.getElement().setAttribute("data-ready", String.valueOf(now.ready()));
        totalsText.getElement().setAttribute("data-missing", String.valueOf(now.missing()));
        generateAll.setEnabled(mayGenerate && now.missing() > 0);
        int total = now.ready() + now.generating();
        if (now.generating() > 0) {
            run.setVisible(true);
        }
        if (!run.isVisible() || total == 0) {
            return;
        }
        var running = lastRunning.stream().filter(job -> job.state() == JobState.RUNNING).toList();
        double progress = (now.ready() * 100.0 + running.stream().mapToInt(JobStatus::percent).sum()) / total;
        int percent = (int) Math.floor(Math.min(100, progress));
        runDone.setText(getTranslation("storyboard.run.done", now.ready(), total));
        runPercent.setText(percent + "%");
        runBar.setValue(percent / 100.0);
        var left = eta(now.generating(), running);
        runEta.setText(now.generating() == 0 ? getTranslation("storyboard.run.finished")
                : left == null ? "" : getTranslation("storyboard.eta", JobsPanel.duration(this, left)));
    }

    /**
     * Time left for {@code outstanding} shots: the running jobs' estimates, and the queued ones at the pace of the
     * running ones (elapsed plus estimate per job, as many at once as are running now).
     */
    private @Nullable Duration eta(int outstanding, List<JobStatus> running) {
        var now = clock.instant();
        var estimated = running.stream().filter(job -> job.eta() != null && job.started() != null).toList();
        if (estimated.isEmpty()) {
            return null;
        }
        long longest = estimated.stream().mapToLong(job -> job.eta().toMillis()).max().orElse(0);
        long perJob = (long) estimated.stream()
                .mapToLong(job -> job.eta().toMillis() + Duration.between(job.started(), now).toMillis())
                .average().orElse(0);
        int queued = Math.max(0, outstanding - running.size());
        return Duration.ofMillis(longest + queued * perJob / Math.max(1, running.size()));
    }

    private void generateAllMissing() {
        try {
            int queued = takes.generateAllMissing(id());
            Notices.success(getTranslation("storyboard.generate-all.queued", queued));
            run.setVisible(queued > 0 || run.isVisible());
        } catch (UserFacingException refused) {
            Notices.error(translations.translate(getLocale(), refused.messageKey(), refused.arguments()));
        }
        jobsChanged.set(true);
        flush();
    }

    private void retry(String shotId) {
        try {
            takes.generate(id(), ShotId.parse(shotId), null);
        } catch (UserFacingException refused) {
            Notices.error(translations.translate(getLocale(), refused.messageKey(), refused.arguments()));
        }
        changedShots.add(shotId);
        jobsChanged.set(true);
        flush();
    }

    /** Cancel through the take module; Retry only for a person who may generate, and only a job of this project. */
    private void act(JobId job, boolean retry) {
        try {
            if (retry) {
                takes.retry(id(), job);
            } else {
                takes.cancel(id(), job);
            }
        } catch (UserFacingException refused) {
            Notices.error(translations.translate(getLocale(), refused.messageKey(), refused.arguments()));
        }
        jobsChanged.set(true);
        flush();
    }

    private void open(String shotId) {
        try {
            getUI().ifPresent(ui -> ui.navigate(TakeNavigation.toShot(id(), ShotId.parse(shotId))));
        } catch (UserFacingException refused) {
            Notices.error(translations.translate(getLocale(), refused.messageKey(), refused.arguments()));
        }
    }

    /** Scrolls to the scene's first row. */
    private void showScene(SceneId scene) {
        var rows = layout;
        for (int i = 0; i < rows.size(); i++) {
            if (scene.equals(rows.get(i).sceneStart())) {
                grid.scrollToIndex(i);
                return;
            }
        }
    }

    private ProjectId id() {
        var id = projectId;
        if (id == null) {
            throw new IllegalStateException("no project entered");
        }
        return id;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("storyboard.section") + " · Film Factory";
    }
}
