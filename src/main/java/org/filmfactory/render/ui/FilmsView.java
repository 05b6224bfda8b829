package org.filmfactory.render.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.filmfactory.collab.LiveFollower;
import org.filmfactory.collab.LiveUpdate;
import org.filmfactory.platform.JobId;
import org.filmfactory.platform.JobState;
import org.filmfactory.platform.JobStatus;
import org.filmfactory.platform.Translations;
import org.filmfactory.platform.UserFacingException;
import org.filmfactory.platform.UserMessage;
import org.filmfactory.platform.WorkQueue;
import org.filmfactory.platform.ui.Coalescer;
import org.filmfactory.platform.ui.Notices;
import org.filmfactory.platform.ui.QueueWatch;
import org.filmfactory.project.Permission;
import org.filmfactory.project.ProjectAccess;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ui.ProjectShell;
import org.filmfactory.render.Film;
import org.filmfactory.render.PreflightFinding;
import org.filmfactory.render.Preset;
import org.filmfactory.render.RenderJobId;
import org.filmfactory.render.RenderNavigation;
import org.filmfactory.render.RenderSpec;
import org.filmfactory.render.Rendering;
import org.jspecify.annotations.Nullable;

/**
 * The Films screen: Render (a preset, subtitles on or off) for those who may render, what the platforms would say of
 * a film of the cut as it is now, the project's renders live from every node (stage, segment, percent, time left,
 * Cancel and Retry), and the films kept, newest first, each with its player, downloads, where it came from, its
 * loudness, the platforms' verdicts and their safe zones drawn over the picture.
 *
 * <p>Progress comes from the work queue's watch, gathered into at most one push per {@link #PUSH_INTERVAL}. A render
 * whose node died waits in the queue until another node takes it up; meanwhile its row keeps the last figures seen,
 * marked as resuming, rather than dropping to zero.
 */
@Route(value = RenderNavigation.FILMS, layout = ProjectShell.class)
@PermitAll
class FilmsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final Duration PUSH_INTERVAL = Duration.ofMillis(300);
    /** Finished renders listed under the running ones. */
    static final int FINISHED_SHOWN = 5;

    private final Rendering rendering;
    private final ProjectAccess access;
    private final LiveFollower follower;
    private final Translations translations;

    private final H2 title = new H2();
    private final Div renderBar = new Div();
    private final Select<Preset> preset = new Select<>();
    private final Checkbox subtitles = new Checkbox();
    private final Button render = new Button();
    private final Div preflight = new Div();
    private final Div renders = new Div();
    private final Div films = new Div();
    private final Span noFilms = new Span();

    private @Nullable ProjectId projectId;
    private boolean mayRender;
    private @Nullable Registration following;
    private final QueueWatch watching;
    /** The last figures each render showed while running, for when its node died and it waits to resume. */
    private final Map<JobId, RenderRow.Figures> lastFigures = new HashMap<>();
    private final AtomicBoolean rendersChanged = new AtomicBoolean();
    private final AtomicBoolean filmsChanged = new AtomicBoolean();
    private final Coalescer pushes = new Coalescer(PUSH_INTERVAL, this::flush);

    FilmsView(Rendering rendering, WorkQueue queue, ProjectAccess access, LiveFollower follower,
            Translations translations) {
        this.rendering = rendering;
        this.watching = new QueueWatch(queue);
        this.access = access;
        this.follower = follower;
        this.translations = translations;
        addClassName("studio-page");
        setId("films-view");
        getStyle().set("min-width", "0");

        preset.setId("render-preset");
        preset.setLabel(getTranslation("render.films.preset"));
        preset.setItems(Preset.values());
        preset.setItemLabelGenerator(p -> getTranslation("render.preset." + p.id(), p.width(), p.height(), p.fps()));
        preset.setValue(RenderSpec.DEFAULT.preset());
        preset.addValueChangeListener(e -> showPreflight());
        subtitles.setId("render-subtitles");
        subtitles.setLabel(getTranslation("render.films.subtitles"));
        subtitles.setValue(RenderSpec.DEFAULT.subtitles());
        render.setId("render-button");
        render.setText(getTranslation("render.films.render"));
        render.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        render.addClickListener(e -> requestRender());
        renderBar.add(preset, subtitles, render);
        renderBar.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)")
                .set("align-items", "baseline");
        preflight.setId("render-preflight");
        preflight.addClassName("studio-muted");

        renders.setId("renders");
        renders.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)")
                .set("margin", "var(--lumo-space-m) 0");
        films.setId("films");
        films.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-l)");
        noFilms.setId("no-films");
        noFilms.addClassName("studio-muted");
        noFilms.setText(getTranslation("render.films.none"));
        var filmsTitle = new H3(getTranslation("render.films.kept"));
        add(title, renderBar, preflight, renders, filmsTitle, noFilms, films);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            var id = ProjectShell.enteredProject(event);
            projectId = id;
            title.setText(getTranslation("render.section.title"));
            mayRender = access.can(id, Permission.RENDER);
            renderBar.setVisible(mayRender);
            lastFigures.clear();
            showPreflight();
            showRenders();
            showFilms();
            follow(id);
            if (isAttached()) {
                watch(UI.getCurrent());
            }
        } catch (UserFacingException refused) {
            Notices.error(text(refused));
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

    private void watch(UI ui) {
        watching.start(id().toString(), status -> {
            rendersChanged.set(true);
            pushes.request(ui);
        });
    }

    private void follow(ProjectId id) {
        if (following != null) {
            following.remove();
        }
        following = follower.follow(this, id, update -> {
            switch (update) {
                case LiveUpdate.FilmsChanged changed -> filmsChanged.set(true);
                case LiveUpdate.CutChanged changed -> rendersChanged.set(true);
                case LiveUpdate.CrewChanged changed -> rendersChanged.set(true);
                default -> {
                    return;
                }
            }
            pushes.request(UI.getCurrent());
        });
    }

    private void flush() {
        if (projectId == null) {
            return;
        }
        try {
            if (filmsChanged.getAndSet(false)) {
                showFilms();
            }
            if (rendersChanged.getAndSet(false)) {
                mayRender = access.can(id(), Permission.RENDER);
                renderBar.setVisible(mayRender);
                showRenders();
            }
        } catch (UserFacingException gone) {
            // Removed from the crew meanwhile: keep what is on screen.
            preflight.setText(text(gone));
        }
    }

    private void requestRender() {
        var spec = new RenderSpec(preset.getValue() == null ? Preset.VERTICAL : preset.getValue(),
                subtitles.getValue());
        try {
            rendering.request(id(), spec);
            Notices.success(getTranslation("render.films.queued"));
        } catch (UserFacingException refused) {
            Notices.error(text(refused));
        }
        showRenders();
    }

    private void showPreflight() {
        preflight.removeAll();
        if (projectId == null || !mayRender) {
            return;
        }
        var spec = new RenderSpec(preset.getValue() == null ? Preset.VERTICAL : preset.getValue(), true);
        try {
            var findings = rendering.preflight(id(), spec);
            if (findings.isEmpty()) {
                preflight.add(new Span(getTranslation("render.preflight.all-fine")));
            } else {
                preflight.add(new Span(getTranslation("render.preflight.before")));
                findings.forEach(finding -> preflight.add(finding(finding)));
            }
        } catch (UserFacingException refused) {
            preflight.setText(text(refused));
        }
    }

    /** The renders: running and queued first, then the most recent finished ones. */
    private void showRenders() {
        var jobs = rendering.renders(id());
        renders.removeAll();
        int finished = 0;
        for (var job : jobs) {
            if (job.state().finished() && ++finished > FINISHED_SHOWN) {
                continue;
            }
            var row = new RenderRow(job, figures(job), mayRender);
            row.onCancel(() -> act(job.id(), false));
            row.onRetry(() -> act(job.id(), true));
            renders.add(row);
        }
        lastFigures.keySet().removeIf(id -> jobs.stream().noneMatch(job -> job.id().equals(id)));
    }

    /**
     * The figures to show: the job's own while it runs with a stage; the last ones seen while it waits to resume
     * (its node died and another has not taken it up, or has just taken it and not said anything yet).
     */
    private RenderRow.@Nullable Figures figures(JobStatus job) {
        var stage = job.stage();
        if (job.state() == JobState.RUNNING && stage != null) {
            var figures = new RenderRow.Figures(job.percent(), segment(stage, 0), segment(stage, 1), text(stage),
                    false);
            lastFigures.put(job.id(), figures);
            return figures;
        }
        var last = lastFigures.get(job.id());
        boolean waiting = job.state() == JobState.RUNNING || job.state() == JobState.QUEUED && job.attempt() > 0;
        if (last != null && waiting) {
            return new RenderRow.Figures(last.percent(), last.segment(), last.segments(),
                    getTranslation("render.stage.waiting"), true);
        }
        return null;
    }

    private static int segment(UserMessage stage, int argument) {
        if (stage.arguments().size() <= argument) {
            return 0;
        }
        try {
            return Integer.parseInt(stage.arguments().get(argument));
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    private void act(JobId job, boolean retry) {
        try {
            if (retry) {
                rendering.retry(id(), new RenderJobId(job.value()));
            } else {
                rendering.cancel(id(), new RenderJobId(job.value()));
            }
        } catch (UserFacingException refused) {
            Notices.error(text(refused));
        }
        showRenders();
    }

    private void showFilms() {
        List<Film> kept = rendering.films(id());
        films.removeAll();
        noFilms.setVisible(kept.isEmpty());
        for (var film : kept) {
            films.add(new FilmCard(film));
        }
    }

    private Span finding(PreflightFinding finding) {
        var line = new Span(getTranslation("render.platform." + finding.platform().name().toLowerCase(
                java.util.Locale.ROOT)) + ": " + getTranslation(finding.messageKey(), finding.arguments().toArray()));
        line.getElement().getThemeList().add(finding.blocking() ? "badge error small" : "badge contrast small");
        line.addClassName("preflight-finding");
        line.getElement().setAttribute("data-platform", finding.platform().name());
        line.getElement().setAttribute("data-blocking", String.valueOf(finding.blocking()));
        line.getStyle().set("margin", "0 var(--lumo-space-xs) var(--lumo-space-xs) 0").set("white-space", "normal");
        return line;
    }

    private String text(UserFacingException refused) {
        return translations.translate(getLocale(), refused.messageKey(), refused.arguments());
    }

    private String text(UserMessage message) {
        return getTranslation(message.key(), message.arguments().toArray());
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
        return getTranslation("render.section.title") + " · Film Factory";
    }
}
