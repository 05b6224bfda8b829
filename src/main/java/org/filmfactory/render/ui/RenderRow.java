package org.filmfactory.render.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.time.Duration;
import org.filmfactory.platform.JobState;
import org.filmfactory.platform.JobStatus;
import org.jspecify.annotations.Nullable;

/**
 * One render as the queue reports it: its state, and while it runs (or waits to resume) the stage, segment i of n,
 * percent, a bar and the time left; Cancel while it is queued or running, Retry when it failed or was cancelled, for
 * those who may render (the service checks again). The figures are in {@code data-} attributes too, for tools that
 * follow them.
 */
class RenderRow extends Div {

    /**
     * What the row shows of a render's progress.
     *
     * @param resuming whether these are the last figures of a run whose node is gone
     */
    record Figures(int percent, int segment, int segments, String stage, boolean resuming) {
    }

    private final Button cancel = new Button();
    private final Button retry = new Button();

    RenderRow(JobStatus job, @Nullable Figures figures, boolean mayAct) {
        addClassName("render-row");
        setId("render-" + job.id());
        getElement().setAttribute("data-state", job.state().name());
        getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius",
                "var(--lumo-border-radius-m)").set("padding", "var(--lumo-space-s)").set("min-width", "0");
        var title = new Span(getTranslation(job.title().key(), job.title().arguments().toArray()));
        title.getStyle().set("font-weight", "600");
        var state = new Span(stateText(job));
        state.addClassName("render-state");
        state.getElement().getThemeList().add("badge small " + switch (job.state()) {
            case DONE -> "success";
            case FAILED -> "error";
            case RUNNING -> "";
            case QUEUED, CANCELLED -> "contrast";
        });
        var head = new Div(title, state);
        head.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "0 var(--lumo-space-s)")
                .set("align-items", "baseline");
        add(head);
        if (figures != null && !job.state().finished()) {
            getElement().setAttribute("data-percent", String.valueOf(figures.percent()));
            getElement().setAttribute("data-segment", String.valueOf(figures.segment()));
            getElement().setAttribute("data-segments", String.valueOf(figures.segments()));
            getElement().setAttribute("data-resuming", String.valueOf(figures.resuming()));
            var stage = new Span(figures.stage());
            stage.addClassName("render-stage");
            var segment = new Span(figures.segments() > 0
                    ? getTranslation("render.films.segment", figures.segment(), figures.segments()) : "");
            segment.addClassName("render-segment");
            var percent = new Span(figures.percent() + "%");
            percent.addClassName("render-percent");
            var eta = new Span(job.eta() == null || figures.resuming() ? ""
                    : getTranslation("render.films.eta", duration(job.eta())));
            eta.addClassName("render-eta");
            var line = new Div(stage, segment, percent, eta);
            line.addClassName("studio-muted");
            line.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "0 var(--lumo-space-m)");
            var bar = new ProgressBar(0, 100, figures.percent());
            bar.addClassName("render-bar");
            add(line, bar);
        }
        if (job.failure() != null) {
            var failure = new Span(getTranslation(job.failure().key(), job.failure().arguments().toArray()));
            failure.addClassName("render-failure");
            failure.getStyle().set("color", "var(--lumo-error-text-color)").set("overflow-wrap", "anywhere");
            add(new Div(failure));
        }
        cancel.setText(getTranslation("render.films.cancel"));
        cancel.addClassName("render-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        cancel.setVisible(mayAct && !job.state().finished());
        retry.setText(getTranslation("render.films.retry"));
        retry.addClassName("render-retry");
        retry.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        retry.setVisible(mayAct && (job.state() == JobState.FAILED || job.state() == JobState.CANCELLED));
        add(new Div(cancel, retry));
    }

    void onCancel(Runnable action) {
        cancel.addClickListener(e -> action.run());
    }

    void onRetry(Runnable action) {
        retry.addClickListener(e -> action.run());
    }

    private String stateText(JobStatus job) {
        return switch (job.state()) {
            case QUEUED -> job.attempt() > 0 ? getTranslation("render.films.state.resuming")
                    : getTranslation("render.films.state.queued", job.position());
            case RUNNING -> getTranslation("render.films.state.running");
            case DONE -> getTranslation("render.films.state.done");
            case FAILED -> getTranslation("render.films.state.failed");
            case CANCELLED -> getTranslation("render.films.state.cancelled");
        };
    }

    /** "45 s", "3 min 20 s": a time left, rounded up to the second. */
    private String duration(Duration left) {
        long seconds = Math.max(0, (left.toMillis() + 999) / 1000);
        return seconds < 60 ? getTranslation("render.films.seconds", seconds)
                : getTranslation("render.films.minutes", seconds / 60, seconds % 60);
    }
}
