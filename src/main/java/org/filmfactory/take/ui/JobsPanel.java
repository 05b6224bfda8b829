package org.filmfactory.take.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.util.List;
import org.filmfactory.platform.JobId;
import org.filmfactory.platform.JobState;
import org.filmfactory.platform.JobStatus;
import org.filmfactory.platform.UserMessage;

/**
 * The project's jobs as the queue reports them: state, place in the queue, progress, time left, stage, node and why
 * one failed, with Cancel for a waiting or running job and Retry for a failed or cancelled one. Shows the list it is
 * given (the storyboard fetches it, at most a few times a second); the buttons fire {@link JobAction}s.
 */
class JobsPanel extends Details {

    /** How many jobs the panel lists: running and queued first, then the most recent finished. */
    static final int LIMIT = 200;

    private final Grid<JobStatus> grid = new Grid<>();
    private final Span count = new Span();
    private boolean mayAct;

    JobsPanel() {
        setId("jobs-panel");
        var summary = new Span(getTranslation("storyboard.jobs.title"));
        count.setId("jobs-count");
        count.addClassName("studio-muted");
        count.getStyle().set("margin-inline-start", "var(--lumo-space-s)");
        setSummary(new Span(summary, count));
        grid.setId("jobs");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER);
        grid.addColumn(renderer()).setFlexGrow(1);
        grid.setHeight("18rem");
        grid.setWidthFull();
        grid.getStyle().set("min-width", "0");
        add(grid);
        setWidthFull();
        getStyle().set("min-width", "0").set("box-sizing", "border-box");
    }

    private LitRenderer<JobStatus> renderer() {
        return LitRenderer.<JobStatus>of("""
                <div class="job-row" id="job-${item.id}" data-state="${item.state}" data-percent="${item.percent}"
                  style="display:flex; flex-wrap:wrap; gap: 0 var(--lumo-space-s); align-items: baseline">
                  <strong class="job-title">${item.title}</strong>
                  <span class="job-state" theme="badge small ${item.theme}">${item.stateText}</span>
                  <span class="job-detail studio-muted">${item.detail}</span>
                  ${item.failure ? html`<span class="job-failure" style="color: var(--lumo-error-text-color)">${item.failure}</span>` : ''}
                  ${item.cancel ? html`<vaadin-button theme="tertiary small" class="job-cancel" id="job-cancel-${item.id}"
                      @click=${cancel}>${item.cancelLabel}</vaadin-button>` : ''}
                  ${item.retry ? html`<vaadin-button theme="tertiary small" class="job-retry" id="job-retry-${item.id}"
                      @click=${retry}>${item.retryLabel}</vaadin-button>` : ''}
                </div>""")
                .withProperty("id", job -> job.id().toString())
                .withProperty("state", job -> job.state().name())
                .withProperty("percent", JobStatus::percent)
                .withProperty("title", job -> text(job.title()))
                .withProperty("theme", job -> switch (job.state()) {
                    case DONE -> "success";
                    case FAILED -> "error";
                    case RUNNING -> "";
                    case QUEUED, CANCELLED -> "contrast";
                })
                .withProperty("stateText", this::stateText)
                .withProperty("detail", this::detail)
                .withProperty("failure", job -> job.failure() == null ? "" : text(job.failure()))
                .withProperty("cancel", job -> mayAct && !job.state().finished())
                .withProperty("retry", job -> mayAct && (job.state() == JobState.FAILED
                        || job.state() == JobState.CANCELLED))
                .withProperty("cancelLabel", job -> getTranslation("storyboard.jobs.cancel"))
                .withProperty("retryLabel", job -> getTranslation("storyboard.jobs.retry"))
                .withFunction("cancel", job -> fireEvent(new JobAction(this, job.id(), false)))
                .withFunction("retry", job -> fireEvent(new JobAction(this, job.id(), true)));
    }

    private String stateText(JobStatus job) {
        return switch (job.state()) {
            case QUEUED -> getTranslation("storyboard.jobs.queued", job.position());
            case RUNNING -> getTranslation("storyboard.jobs.running", job.percent());
            case DONE -> getTranslation("storyboard.jobs.done");
            case FAILED -> getTranslation("storyboard.jobs.failed");
            case CANCELLED -> getTranslation("storyboard.jobs.cancelled");
        };
    }

    private String detail(JobStatus job) {
        var parts = new StringBuilder();
        if (job.state() == JobState.RUNNING) {
            if (job.stage() != null) {
                parts.append(text(job.stage()));
            }
            if (job.eta() != null) {
                append(parts, getTranslation("storyboard.eta", duration(this, job.eta())));
            }
        }
        if (job.node() != null) {
            append(parts, getTranslation("storyboard.jobs.node", job.node()));
        }
        if (job.attempt() > 1) {
            append(parts, getTranslation("storyboard.jobs.attempt", job.attempt()));
        }
        return parts.toString();
    }

    private static void append(StringBuilder parts, String part) {
        if (!parts.isEmpty()) {
            parts.append(" · ");
        }
        parts.append(part);
    }

    private String text(UserMessage message) {
        return getTranslation(message.key(), message.arguments().toArray());
    }

    /** "45 s", "3 min 20 s", "1 h 5 min": a time left, rounded up to the second. */
    static String duration(com.vaadin.flow.component.Component in, Duration left) {
        long seconds = Math.max(0, (left.toMillis() + 999) / 1000);
        if (seconds < 60) {
            return in.getTranslation("storyboard.duration.seconds", seconds);
        }
        if (seconds < 3600) {
            return in.getTranslation("storyboard.duration.minutes", seconds / 60, seconds % 60);
        }
        return in.getTranslation("storyboard.duration.hours", seconds / 3600, (seconds % 3600) / 60);
    }

    /** Shows the jobs; {@code mayAct} whether the person may cancel and retry (the server checks again). */
    void show(List<JobStatus> jobs, boolean mayAct) {
        this.mayAct = mayAct;
        long active = jobs.stream().filter(job -> !job.state().finished()).count();
        count.setText(getTranslation("storyboard.jobs.count", active, jobs.size()));
        count.getElement().setAttribute("data-active", String.valueOf(active));
        grid.setItems(jobs);
    }

    Registration addJobActionListener(ComponentEventListener<JobAction> listener) {
        return addListener(JobAction.class, listener);
    }

    /** Someone pressed Cancel or Retry on a job. */
    static final class JobAction extends ComponentEvent<JobsPanel> {
        private final JobId job;
        private final boolean retry;

        JobAction(JobsPanel source, JobId job, boolean retry) {
            super(source, true);
            this.job = job;
            this.retry = retry;
        }

        JobId job() {
            return job;
        }

        boolean retry() {
            return retry;
        }
    }
}
