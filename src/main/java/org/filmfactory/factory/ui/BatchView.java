package org.filmfactory.factory.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.filmfactory.factory.BatchFilm;
import org.filmfactory.factory.BatchFilmState;
import org.filmfactory.factory.BatchId;
import org.filmfactory.factory.BatchSummary;
import org.filmfactory.factory.Batches;
import org.filmfactory.factory.MakeNavigation;
import org.filmfactory.platform.UserFacingException;
import org.filmfactory.platform.ui.Coalescer;
import org.filmfactory.platform.ui.Notices;
import org.filmfactory.render.RenderNavigation;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One batch, live for everyone who may see it on every node: its summary (made, failed, running, queued, wall time,
 * cost), Retry failed, Cancel, the report to download (JSON and text), and one row per film in a virtualised grid
 * (source, preset, state, stage, shot, progress, why it failed, links to its project and its film). Changes arrive
 * through {@link Batches#watch} and are gathered into at most one refresh per {@link #PUSH_INTERVAL}.
 */
@Route(BatchesView.ROUTE + "/:batchId")
@PermitAll
class BatchView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final Duration PUSH_INTERVAL = Duration.ofMillis(400);
    private static final Logger LOG = LoggerFactory.getLogger(BatchView.class);

    private final Batches batches;
    private final H2 title = new H2();
    private final Span made = new Span();
    private final Span failed = new Span();
    private final Span running = new Span();
    private final Span queued = new Span();
    private final Span wall = new Span();
    private final Span cost = new Span();
    private final Button retry = new Button();
    private final Button cancel = new Button();
    private final Grid<BatchFilm> films = new Grid<>();
    private final Coalescer pushes = new Coalescer(PUSH_INTERVAL, this::show);
    private @Nullable BatchId batchId;
    private @Nullable AutoCloseable watching;

    BatchView(Batches batches) {
        this.batches = batches;
        addClassName("studio-page");
        setId("batch-view");
        getStyle().set("min-width", "0");
        made.setId("batch-made");
        failed.setId("batch-failed");
        running.setId("batch-running");
        queued.setId("batch-queued");
        wall.setId("batch-wall");
        cost.setId("batch-cost");
        var summary = new Div(made, failed, running, queued, wall, cost);
        summary.setId("batch-summary");
        summary.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");
        retry.setId("batch-retry");
        retry.setText(getTranslation("factory.line.retry"));
        retry.addClickListener(e -> act(() -> Notices.success(getTranslation("factory.line.retried",
                batches.retryFailed(id())))));
        cancel.setId("batch-cancel");
        cancel.setText(getTranslation("factory.line.cancel"));
        cancel.addClickListener(e -> act(() -> batches.cancel(id())));
        var json = new Anchor(report(true), getTranslation("factory.line.report.json"));
        json.setId("batch-report-json");
        json.setTarget(AnchorTarget.BLANK);
        var text = new Anchor(report(false), getTranslation("factory.line.report.text"));
        text.setId("batch-report-text");
        text.setTarget(AnchorTarget.BLANK);
        var actions = new Div(retry, cancel, json, text);
        actions.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)")
                .set("align-items", "baseline").set("margin", "var(--lumo-space-s) 0");
        films.setId("batch-films");
        films.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        films.setHeight("70vh");
        films.addColumn(LitRenderer.<BatchFilm>of("""
                        <div class="batch-film" data-position="${item.position}" data-preset="${item.preset}"
                             data-state="${item.state}" style="display:flex;flex-direction:column;gap:2px;min-width:0">
                          <div style="display:flex;flex-wrap:wrap;gap:8px;align-items:baseline">
                            <span style="font-weight:600;overflow-wrap:anywhere">${item.position}. ${item.source}</span>
                            <span class="studio-muted">${item.presetLabel}</span>
                            <span theme="badge ${item.badge}" class="batch-film-state">${item.stateLabel}</span>
                          </div>
                          <div class="studio-muted">${item.where}</div>
                          <vaadin-progress-bar value="${item.progress}" ?hidden="${!item.running}"></vaadin-progress-bar>
                          <div class="batch-film-failure" style="color:var(--lumo-error-text-color)"
                               ?hidden="${!item.failure}">${item.failure}</div>
                          <div style="display:flex;gap:12px">
                            <a href="${item.projectHref}" ?hidden="${!item.projectHref}">${item.projectLabel}</a>
                            <a href="${item.filmHref}" class="batch-film-link" ?hidden="${!item.filmHref}">${item.filmLabel}</a>
                          </div>
                        </div>""")
                .withProperty("position", BatchFilm::position)
                .withProperty("source", BatchFilm::source)
                .withProperty("preset", f -> f.preset().id())
                .withProperty("presetLabel", f -> getTranslation("render.preset." + f.preset().id(),
                        f.preset().width(), f.preset().height(), f.preset().fps()))
                .withProperty("state", f -> f.state().name())
                .withProperty("stateLabel", f -> getTranslation("factory.line.state." + lower(f.state().name())))
                .withProperty("badge", f -> switch (f.state()) {
                    case MADE -> "success";
                    case FAILED -> "error";
                    case RUNNING -> "";
                    case QUEUED, CANCELLED -> "contrast";
                })
                .withProperty("where", this::where)
                .withProperty("running", f -> f.state() == BatchFilmState.RUNNING)
                .withProperty("progress", f -> Math.max(0, Math.min(1, f.progress())))
                .withProperty("failure", this::failure)
                .withProperty("projectHref", f -> f.project() == null ? "" : MakeNavigation.toMake(f.project()))
                .withProperty("projectLabel", f -> getTranslation("factory.line.to-project"))
                .withProperty("filmHref", f -> f.project() == null || f.film() == null ? ""
                        : RenderNavigation.toFilms(f.project()))
                .withProperty("filmLabel", f -> getTranslation("factory.line.to-film")));
        add(title, summary, actions, films);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("factory.line.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            batchId = new BatchId(UUID.fromString(event.getRouteParameters().get("batchId").orElse("")));
            show();
        } catch (IllegalArgumentException | UserFacingException refused) {
            Notices.error(getTranslation("factory.line.not-found"));
            batchId = null;
            event.forwardTo(BatchesView.ROUTE);
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        var ui = attachEvent.getUI();
        var id = batchId;
        if (id != null && watching == null) {
            watching = batches.watch(id, changed -> pushes.request(ui));
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopWatching();
    }

    private void stopWatching() {
        var handle = watching;
        watching = null;
        if (handle != null) {
            try {
                handle.close();
            } catch (Exception e) {
                LOG.debug("Batch watch already closed: {}", e.getMessage());
            }
        }
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (UserFacingException refused) {
            Notices.error(getTranslation(refused.messageKey(), refused.arguments()));
        }
        show();
    }

    /** The batch as it is now. */
    private void show() {
        if (batchId == null) {
            return;
        }
        BatchSummary summary;
        List<BatchFilm> rows;
        try {
            summary = batches.summary(id()).orElseThrow();
            rows = batches.films(id());
        } catch (UserFacingException gone) {
            return;
        }
        title.setText(summary.name());
        made.setText(getTranslation("factory.line.made", summary.made()));
        made.getElement().setAttribute("data-count", String.valueOf(summary.made()));
        failed.setText(getTranslation("factory.line.failed", summary.failed()));
        failed.getElement().setAttribute("data-count", String.valueOf(summary.failed()));
        running.setText(getTranslation("factory.line.running", summary.running()));
        running.getElement().setAttribute("data-count", String.valueOf(summary.running()));
        queued.setText(getTranslation("factory.line.queued", summary.queued()));
        queued.getElement().setAttribute("data-count", String.valueOf(summary.queued()));
        wall.setText(getTranslation("factory.line.wall", clock(summary.wall())));
        cost.setText(getTranslation("factory.line.cost", summary.cost().toPlainString()));
        retry.setEnabled(summary.failed() > 0);
        cancel.setEnabled(summary.finished() == null);
        films.setItems(rows);
    }

    private String where(BatchFilm film) {
        if (film.stage() == null || film.state() == BatchFilmState.QUEUED) {
            return film.took() == null ? "" : clock(film.took());
        }
        var stage = getTranslation(film.stage().messageKey());
        var took = film.took() == null ? "" : " · " + clock(film.took());
        return (film.shotLabel() == null ? stage : stage + " · " + film.shotLabel()) + took;
    }

    private String failure(BatchFilm film) {
        if (film.failureKey() == null) {
            return "";
        }
        return getTranslation(film.failureKey(), film.failureArgs().toArray());
    }

    /** The batch's report as a file: JSON for tools, text for people. */
    private DownloadHandler report(boolean json) {
        return event -> {
            var id = batchId;
            if (id == null) {
                event.getResponse().setStatus(404);
                return;
            }
            byte[] content;
            try {
                var summary = batches.summary(id).orElseThrow();
                var rows = batches.films(id);
                content = (json ? BatchReport.json(summary, rows)
                        : BatchReport.text(summary, rows, event.getUI().getLocale(), this::getTranslation))
                        .getBytes(StandardCharsets.UTF_8);
            } catch (UserFacingException refused) {
                event.getResponse().setStatus(403);
                return;
            }
            event.setFileName("batch-" + id + (json ? ".json" : ".txt"));
            event.setContentType(json ? "application/json" : "text/plain;charset=UTF-8");
            event.setContentLength(content.length);
            try (var out = event.getOutputStream()) {
                out.write(content);
            }
        };
    }

    static String clock(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        return String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private BatchId id() {
        var id = batchId;
        if (id == null) {
            throw new IllegalStateException("no batch entered");
        }
        return id;
    }
}
