package org.filmfactory.factory.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.time.Duration;
import java.util.Locale;
import org.filmfactory.collab.LiveFollower;
import org.filmfactory.collab.LiveUpdate;
import org.filmfactory.factory.Factory;
import org.filmfactory.factory.MakeNavigation;
import org.filmfactory.factory.MakeOptions;
import org.filmfactory.factory.MakeRun;
import org.filmfactory.factory.MakeState;
import org.filmfactory.factory.TakePolicy;
import org.filmfactory.platform.UserFacingException;
import org.filmfactory.platform.ui.Coalescer;
import org.filmfactory.platform.ui.Notices;
import org.filmfactory.project.Permission;
import org.filmfactory.project.ProjectAccess;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ui.ProjectShell;
import org.filmfactory.render.Preset;
import org.filmfactory.render.RenderNavigation;
import org.filmfactory.render.RenderSpec;
import org.jspecify.annotations.Nullable;

/**
 * "Make film": for those who may render, the button and its choices (which takes, the preset, subtitles); for
 * everyone, the project's latest run live from whichever node runs it — one progress bar for the whole path with the
 * stage, the shot and the time left; when it failed, where and why with Retry; when it is done, the film to play and
 * the way to the Films screen. While a run runs, those who may render can cancel it (a retry resumes it). Live updates are gathered into at most one refresh per {@link #PUSH_INTERVAL}.
 */
@Route(value = MakeNavigation.MAKE, layout = ProjectShell.class)
@PermitAll
class MakeFilmView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final Duration PUSH_INTERVAL = Duration.ofMillis(250);

    private final Factory factory;
    private final ProjectAccess access;
    private final LiveFollower follower;

    private final H2 title = new H2();
    private final Div controls = new Div();
    private final Select<TakePolicy> policy = new Select<>();
    private final Select<Preset> preset = new Select<>();
    private final Checkbox subtitles = new Checkbox();
    private final Button make = new Button();
    private final Button cancel = new Button();
    private final Div status = new Div();
    private final Span state = new Span();
    private final Span stage = new Span();
    private final Span shot = new Span();
    private final Span eta = new Span();
    private final ProgressBar progress = new ProgressBar(0, 1);
    private final Div failure = new Div();
    private final Span failureText = new Span();
    private final Button retry = new Button();
    private final Div film = new Div();
    private final Span none = new Span();
    private final Coalescer pushes = new Coalescer(PUSH_INTERVAL, this::show);

    private @Nullable ProjectId projectId;
    private @Nullable MakeRun shown;
    private @Nullable Registration following;

    MakeFilmView(Factory factory, ProjectAccess access, LiveFollower follower) {
        this.factory = factory;
        this.access = access;
        this.follower = follower;
        addClassName("studio-page");
        setId("make-view");
        getStyle().set("min-width", "0");

        policy.setId("make-policy");
        policy.setLabel(getTranslation("factory.make.policy"));
        policy.setItems(TakePolicy.values());
        policy.setItemLabelGenerator(p -> getTranslation("factory.make.policy." + key(p)));
        policy.setValue(MakeOptions.DEFAULT.takes());
        preset.setId("make-preset");
        preset.setLabel(getTranslation("factory.make.preset"));
        preset.setItems(Preset.values());
        preset.setItemLabelGenerator(p -> getTranslation("render.preset." + p.id(), p.width(), p.height(), p.fps()));
        preset.setValue(MakeOptions.DEFAULT.render().preset());
        subtitles.setId("make-subtitles");
        subtitles.setLabel(getTranslation("factory.make.subtitles"));
        subtitles.setValue(MakeOptions.DEFAULT.render().subtitles());
        make.setId("make-button");
        make.setText(getTranslation("factory.make.button"));
        make.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        make.addClickListener(e -> start());
        cancel.setId("make-cancel");
        cancel.setText(getTranslation("factory.make.cancel"));
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        cancel.addClickListener(e -> cancel());
        cancel.setVisible(false);
        controls.add(policy, preset, subtitles, make, cancel);
        controls.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)")
                .set("align-items", "baseline");

        state.setId("make-state");
        state.getElement().getThemeList().add("badge");
        stage.setId("make-stage");
        stage.getStyle().set("font-weight", "600");
        shot.setId("make-shot");
        eta.setId("make-eta");
        eta.addClassName("studio-muted");
        progress.setId("make-progress");
        var line = new Div(state, stage, shot, eta);
        line.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)")
                .set("align-items", "baseline");
        status.setId("make-status");
        status.add(line, progress);
        status.getStyle().set("margin", "var(--lumo-space-m) 0");

        failure.setId("make-failure");
        failureText.setId("make-failure-text");
        failureText.getStyle().set("color", "var(--lumo-error-text-color)");
        retry.setId("make-retry");
        retry.setText(getTranslation("factory.make.retry"));
        retry.addClickListener(e -> retry());
        failure.add(failureText, retry);
        failure.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)")
                .set("align-items", "baseline");

        film.setId("make-film");
        none.setId("make-none");
        none.addClassName("studio-muted");
        none.setText(getTranslation("factory.make.none"));
        add(title, controls, none, status, failure, film);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("factory.make.section.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            var id = ProjectShell.enteredProject(event);
            projectId = id;
            title.setText(getTranslation("factory.make.section.title"));
            shown = null;
            show();
            if (following != null) {
                following.remove();
            }
            following = follower.follow(this, id, update -> {
                if (update instanceof LiveUpdate.MakeRunChanged || update instanceof LiveUpdate.CrewChanged) {
                    pushes.request(UI.getCurrent());
                }
            });
        } catch (UserFacingException refused) {
            Notices.error(text(refused));
            event.forwardTo("");
        }
    }

    private void start() {
        var options = new MakeOptions(policy.getValue() == null ? MakeOptions.DEFAULT.takes() : policy.getValue(),
                new RenderSpec(preset.getValue() == null ? Preset.VERTICAL : preset.getValue(), subtitles.getValue()));
        try {
            factory.makeFilm(id(), options);
        } catch (UserFacingException refused) {
            Notices.error(text(refused));
        }
        show();
    }

    private void cancel() {
        var run = shown;
        if (run == null) {
            return;
        }
        try {
            factory.cancel(id(), run.id());
        } catch (UserFacingException refused) {
            Notices.error(text(refused));
        }
        show();
    }

    private void retry() {
        var run = shown;
        if (run == null) {
            return;
        }
        try {
            factory.retry(id(), run.id());
        } catch (UserFacingException refused) {
            Notices.error(text(refused));
        }
        show();
    }

    /** The project's latest run as it is now. */
    private void show() {
        if (projectId == null) {
            return;
        }
        MakeRun run;
        boolean mayRender;
        try {
            mayRender = access.can(id(), Permission.RENDER);
            run = factory.latestRun(id()).orElse(null);
        } catch (UserFacingException gone) {
            // Removed from the crew meanwhile: keep what is on screen.
            return;
        }
        var before = shown;
        shown = run;
        controls.setVisible(mayRender);
        make.setEnabled(run == null || run.state() != MakeState.RUNNING);
        cancel.setVisible(run != null && run.state() == MakeState.RUNNING);
        none.setVisible(run == null);
        status.setVisible(run != null);
        boolean stopped = run != null && (run.state() == MakeState.FAILED || run.state() == MakeState.CANCELLED);
        failure.setVisible(stopped);
        retry.setVisible(mayRender);
        if (run == null) {
            film.removeAll();
            return;
        }
        state.setText(getTranslation("factory.make.state." + run.state().name().toLowerCase(Locale.ROOT)));
        state.getElement().setAttribute("data-state", run.state().name());
        state.getElement().getThemeList().set("success", run.state() == MakeState.DONE);
        state.getElement().getThemeList().set("error", run.state() == MakeState.FAILED);
        stage.setText(getTranslation(run.stage().messageKey()));
        stage.getElement().setAttribute("data-stage", run.stage().name());
        shot.setText(run.shotLabel() == null ? "" : run.shotLabel());
        shot.setVisible(run.shotLabel() != null);
        progress.setValue(Math.max(0, Math.min(1, run.progress())));
        progress.getElement().setAttribute("data-percent", String.valueOf(Math.round(run.progress() * 100)));
        eta.setText(run.state() == MakeState.RUNNING
                ? run.remaining() == null ? getTranslation("factory.make.eta.unknown")
                        : getTranslation("factory.make.eta", clock(run.remaining()))
                : run.state() == MakeState.DONE && run.finished() != null
                        ? getTranslation("factory.make.took", clock(Duration.between(run.started(), run.finished())))
                        : "");
        if (stopped) {
            var cause = run.failureKey() == null ? "" : getTranslation(run.failureKey(), run.failureArgs().toArray());
            failureText.setText(run.shotLabel() == null
                    ? getTranslation("factory.make.failed", getTranslation(run.stage().messageKey()), cause)
                    : getTranslation("factory.make.failed-at", getTranslation(run.stage().messageKey()),
                            run.shotLabel(), cause));
        }
        boolean sameFilm = before != null && run.film() != null && run.film().equals(before.film())
                && film.getChildren().findAny().isPresent();
        if (run.state() == MakeState.DONE && run.film() != null) {
            if (!sameFilm) {
                film.removeAll();
                film.add(player(run), new Anchor(RenderNavigation.toFilms(id()), getTranslation("factory.make.films")));
                film.getChildren().skip(1).findFirst().ifPresent(link -> link.setId("make-films-link"));
            }
        } else {
            film.removeAll();
        }
    }

    private Div player(MakeRun run) {
        var spec = run.options().render().preset();
        var video = new Element("video");
        video.setAttribute("id", "make-video");
        video.setAttribute("controls", true);
        video.setAttribute("playsinline", true);
        video.setAttribute("preload", "metadata");
        video.setAttribute("src", RenderNavigation.toFilmFile(id(), java.util.Objects.requireNonNull(run.film()),
                "mp4", false));
        video.getStyle().set("position", "absolute").set("inset", "0").set("width", "100%").set("height", "100%")
                .set("background", "black").set("object-fit", "contain");
        var frame = new Div();
        frame.getStyle().set("position", "relative").set("width", spec.width() >= spec.height()
                ? "min(100%, 32rem)" : "min(100%, 18rem)")
                .set("aspect-ratio", spec.width() + " / " + spec.height()).set("margin", "var(--lumo-space-m) 0");
        frame.getElement().appendChild(video);
        return frame;
    }

    private static String key(TakePolicy policy) {
        return policy.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String clock(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        return String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }

    private String text(UserFacingException refused) {
        return getTranslation(refused.messageKey(), refused.arguments());
    }

    private ProjectId id() {
        var id = projectId;
        if (id == null) {
            throw new IllegalStateException("no project entered");
        }
        return id;
    }
}
