package org.filmfactory.breakdown.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.time.Duration;
import java.util.Locale;
import org.filmfactory.breakdown.BreakdownScene;
import org.filmfactory.breakdown.Breakdowns;
import org.filmfactory.breakdown.ShotId;
import org.filmfactory.breakdown.ShotListLine;
import org.filmfactory.breakdown.ShotListLine.SceneLine;
import org.filmfactory.breakdown.ShotListLine.ShotLine;
import org.filmfactory.breakdown.ShotListTotals;
import org.filmfactory.collab.LiveFollower;
import org.filmfactory.collab.LiveUpdate;
import org.filmfactory.platform.Translations;
import org.filmfactory.platform.UserFacingException;
import org.filmfactory.platform.ui.Notices;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ui.ProjectShell;
import org.jspecify.annotations.Nullable;

/**
 * The shot list: every scene's heading followed by its shots, in one virtualized list that fetches only the lines
 * on screen (issue 10: a feature-length script has thousands of shots), a scene picker that scrolls to a scene,
 * the estimated runtime against the project's target length, and for directors and owners an editor pane for the
 * selected shot. Follows changes from every node (a new script revision broken down, another director's edit) by
 * fetching the visible lines again; the server holds no scene or shot of the list between requests.
 */
@Route(value = "shots", layout = ProjectShell.class)
@PermitAll
class ShotListView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Breakdowns breakdowns;
    private final LiveFollower follower;
    private final Translations translations;

    private final H2 title = new H2();
    private final Span status = new Span();
    private final Span runtime = new Span();
    private final NumberField target = new NumberField();
    private final ComboBox<BreakdownScene> scenePicker = new ComboBox<>();
    private final Grid<ShotListLine> grid = new Grid<>();
    private final ShotEditor editor = new ShotEditor();
    private @Nullable ProjectId projectId;
    private @Nullable ShotListTotals totals;
    /** The scene number of the shot in the editor pane. */
    private int selectedScene;
    private @Nullable Registration following;

    ShotListView(Breakdowns breakdowns, LiveFollower follower, Translations translations) {
        this.breakdowns = breakdowns;
        this.follower = follower;
        this.translations = translations;
        addClassName("studio-page");
        setId("shot-list-view");
        getStyle().set("max-width", "1400px").set("box-sizing", "border-box").set("min-width", "0");
        status.setId("shot-status");
        status.addClassName("studio-muted");
        runtime.setId("shot-runtime");
        runtime.getStyle().set("font-weight", "600");

        target.setId("shot-target");
        target.setLabel(getTranslation("shotlist.target"));
        target.setStep(1);
        target.setMin(1);
        target.setStepButtonsVisible(true);
        target.setSuffixComponent(new Span(getTranslation("breakdown.seconds-unit")));
        target.setWidth("11em");
        target.setVisible(false);
        target.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                var seconds = Duration.ofMillis(Math.round(e.getValue() * 1000));
                run(() -> breakdowns.aimAt(id(), seconds));
            }
        });

        scenePicker.setId("scene-picker");
        scenePicker.setLabel(getTranslation("shotlist.scene-picker"));
        scenePicker.setPlaceholder(getTranslation("shotlist.scene-picker.placeholder"));
        scenePicker.setItemLabelGenerator(scene -> scene.number() + ". " + scene.heading());
        scenePicker.setItems(query -> breakdowns.scenes(id(), query.getFilter().orElse(""), query.getOffset(),
                query.getLimit()).stream());
        scenePicker.setClearButtonVisible(true);
        scenePicker.setWidth("24em");
        scenePicker.setMaxWidth("100%");
        scenePicker.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                showScene(e.getValue());
            }
        });

        var csv = new Anchor(csvDownload(), AttachmentType.DOWNLOAD, getTranslation("breakdown.csv"));
        csv.setId("shot-list-csv");

        grid.setId("shot-list");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        grid.addColumn(lineRenderer()).setFlexGrow(1);
        grid.setItems(query -> breakdowns.lines(id(), query.getOffset(), query.getLimit()).stream(),
                query -> totals == null ? 0 : totals.lines())
                .setIdentifierProvider(ShotListView::key);
        grid.setHeight("70vh");
        grid.getStyle().set("flex", "3 1 24rem").set("min-width", "0");
        grid.addItemClickListener(e -> {
            if (e.getItem() instanceof ShotLine line && totals != null && totals.editable()) {
                selectedScene = line.sceneNumber();
                editor.show(line.shot(), selectedScene, false);
                // On a phone the pane is below the list.
                editor.scrollIntoView();
            }
        });

        editor.getStyle().set("flex", "1 1 18rem");
        editor.addEditListener(e -> apply(e.shot(), e.edit()));

        var figures = new Div(status, runtime);
        figures.getStyle().set("display", "flex").set("flex-direction", "column");
        var tools = new Div(scenePicker, target, csv);
        tools.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)")
                .set("align-items", "baseline");
        var body = new Div(grid, editor);
        body.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-l)")
                .set("margin-top", "var(--lumo-space-m)").set("align-items", "flex-start");
        add(title, figures, tools, body);
    }

    /** One template for both kinds of line; only the properties of the line's own kind are filled. */
    private LitRenderer<ShotListLine> lineRenderer() {
        return LitRenderer.<ShotListLine>of("""
                ${item.scene ? html`<div class="breakdown-scene" id="scene-${item.id}" data-number="${item.number}"
                  style="padding: var(--lumo-space-s) 0 var(--lumo-space-xs); border-bottom: 1px solid var(--lumo-contrast-20pct)">
                  <strong>${item.heading}</strong>
                  <span class="studio-muted scene-details" data-eighths="${item.eighths}">${item.details}</span>
                  ${item.addable ? html`<vaadin-button theme="tertiary small" id="scene-add-${item.id}"
                      @click=${addShot}>${item.addLabel}</vaadin-button>` : ''}
                </div>` : html`<div class="shot-row" id="shot-${item.id}" data-scene="${item.sceneNumber}"
                  data-type="${item.type}" data-move="${item.move}" data-duration-ms="${item.durationMs}"
                  data-lines="${item.lines}" style="padding-inline-start: var(--lumo-space-m)">
                  <span class="shot-number" style="font-weight: 600">${item.number}</span>
                  <span class="shot-summary">${item.summary}</span>
                  ${item.edited ? html`<span theme="badge contrast small" class="shot-edited">${item.edited}</span>` : ''}
                  ${item.detached ? html`<span theme="badge error small" class="shot-detached">${item.detached}</span>` : ''}
                  <div class="shot-description">${item.description}</div>
                </div>`}""")
                .withProperty("scene", line -> line instanceof SceneLine)
                .withProperty("id", line -> switch (line) {
                    case SceneLine scene -> scene.scene().id().toString();
                    case ShotLine shot -> shot.shot().id().toString();
                })
                .withProperty("number", line -> switch (line) {
                    case SceneLine scene -> String.valueOf(scene.scene().number());
                    case ShotLine shot -> shot.sceneNumber() + "." + shot.shot().number();
                })
                .withProperty("heading", line -> line instanceof SceneLine scene
                        ? scene.scene().number() + ". " + scene.scene().heading() : "")
                .withProperty("eighths", line -> line instanceof SceneLine scene ? scene.scene().eighths() : 0)
                .withProperty("details", line -> line instanceof SceneLine scene ? sceneDetails(scene) : "")
                .withProperty("addable", line -> line instanceof SceneLine scene && scene.shots() == 0
                        && totals != null && totals.editable())
                .withProperty("addLabel", line -> line instanceof SceneLine scene && scene.shots() == 0
                        ? getTranslation("breakdown.action.add") : "")
                .withProperty("sceneNumber", line -> line instanceof ShotLine shot ? shot.sceneNumber() : 0)
                .withProperty("type", line -> line instanceof ShotLine shot ? shot.shot().type().name() : "")
                .withProperty("move", line -> line instanceof ShotLine shot ? shot.shot().cameraMove().name() : "")
                .withProperty("durationMs", line -> line instanceof ShotLine shot ? shot.shot().duration().toMillis() : 0)
                .withProperty("lines", line -> line instanceof ShotLine shot
                        ? shot.shot().firstLine() + "-" + shot.shot().lastLine() : "")
                .withProperty("summary", line -> line instanceof ShotLine shot ? shotSummary(shot) : "")
                .withProperty("description", line -> line instanceof ShotLine shot ? shot.shot().description() : "")
                .withProperty("edited", line -> line instanceof ShotLine shot && shot.shot().edited()
                        ? getTranslation("breakdown.edited") : "")
                .withProperty("detached", line -> line instanceof ShotLine shot && shot.shot().detached()
                        ? getTranslation("breakdown.detached") : "")
                .withFunction("addShot", line -> {
                    if (line instanceof SceneLine scene) {
                        run(() -> breakdowns.addShot(id(), scene.scene().id(), null));
                    }
                });
    }

    private String sceneDetails(SceneLine line) {
        var scene = line.scene();
        var parts = new StringBuilder(" · ").append(getTranslation("breakdown.pages", pages(scene.eighths())))
                .append(" · ").append(getTranslation("breakdown.panel.shots", line.shots()))
                .append(" · ").append(length(line.runtime()));
        if (!scene.characters().isEmpty()) {
            parts.append(" · ").append(String.join(", ", scene.characters()));
        }
        return parts.toString();
    }

    private String shotSummary(ShotLine line) {
        var shot = line.shot();
        var parts = new StringBuilder(" ").append(getTranslation(shot.type().key()));
        if (!shot.subjects().isEmpty()) {
            parts.append(" · ").append(String.join(", ", shot.subjects()));
        }
        return parts.append(" · ").append(BreakdownStatus.seconds(this, shot.duration()))
                .append(" · ").append(getTranslation(shot.cameraMove().key()))
                .append(" · ").append(getTranslation("breakdown.lines", shot.firstLine(), shot.lastLine()))
                .toString();
    }

    private static String pages(int eighths) {
        int whole = eighths / 8;
        int rest = eighths % 8;
        return whole == 0 ? rest + "/8" : rest == 0 ? String.valueOf(whole) : whole + " " + rest + "/8";
    }

    /** "42.5 s" under a minute, then "2 min" or "1 min 2.5 s"; the sign is left to the words around it. */
    private String length(Duration duration) {
        long tenths = Math.abs(duration.toMillis()) / 100;
        if (tenths < 600) {
            return BreakdownStatus.seconds(this, Duration.ofMillis(tenths * 100));
        }
        if (tenths % 600 == 0) {
            return getTranslation("shotlist.minutes-whole", tenths / 600);
        }
        return getTranslation("shotlist.minutes", tenths / 600,
                String.format(Locale.ROOT, "%.1f", (tenths % 600) / 10.0));
    }

    private static String key(ShotListLine line) {
        return switch (line) {
            case SceneLine scene -> "scene-" + scene.scene().id();
            case ShotLine shot -> "shot-" + shot.shot().id();
        };
    }

    /** The CSV is made when asked for, with the downloading person's rights. */
    private DownloadHandler csvDownload() {
        return event -> {
            var id = projectId;
            if (id == null) {
                event.getResponse().setStatus(404);
                return;
            }
            byte[] content;
            try {
                content = breakdowns.shotListCsv(id);
            } catch (UserFacingException refused) {
                event.getResponse().setStatus(403);
                return;
            }
            event.setFileName("shot-list.csv");
            event.setContentType("text/csv; charset=UTF-8");
            event.setContentLength(content.length);
            try (var out = event.getOutputStream()) {
                out.write(content);
            }
        };
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            projectId = ProjectShell.enteredProject(event);
            title.setText(getTranslation("breakdown.section"));
            editor.show(null, 0, true);
            scenePicker.clear();
            refresh(false);
            follow(projectId);
        } catch (UserFacingException refused) {
            Notices.error(translations.translate(getLocale(), refused.messageKey(), refused.arguments()));
            event.forwardTo("");
        }
    }

    /**
     * Takes the current figures and fetches the lines on screen again; the selected shot's pane follows its shot
     * (see {@link ShotEditor#show}), or closes when the shot is gone.
     */
    private void refresh(boolean reset) {
        var id = id();
        var before = totals;
        var now = breakdowns.totals(id);
        totals = now;
        showTotals(now, before == null || reset || !before.targetLength().equals(now.targetLength()));
        grid.getDataProvider().refreshAll();
        scenePicker.getDataProvider().refreshAll();
        var selected = editor.shot();
        if (selected != null) {
            var shot = now.editable() ? breakdowns.shot(id, selected.id()).orElse(null) : null;
            editor.show(shot, selectedScene, reset);
        }
    }

    /** Shows the figures; the target field takes the stored target only when told, not while someone types in it. */
    private void showTotals(ShotListTotals now, boolean newTarget) {
        status.setText(now.scriptRevision() == 0 ? getTranslation("breakdown.no-script")
                : getTranslation("breakdown.from-revision", now.scriptRevision(), now.scenes(), now.shots()));
        status.getElement().setAttribute("data-revision", String.valueOf(now.scriptRevision()));
        var over = now.overTarget();
        var key = over.isPositive() ? "shotlist.runtime.over" : over.isNegative() ? "shotlist.runtime.under"
                : "shotlist.runtime.on-target";
        runtime.setText(getTranslation(key, length(now.runtime()), length(now.targetLength()), length(over)));
        runtime.getElement().setAttribute("data-runtime-ms", String.valueOf(now.runtime().toMillis()));
        runtime.getElement().setAttribute("data-target-ms", String.valueOf(now.targetLength().toMillis()));
        runtime.getElement().setAttribute("data-over-ms", String.valueOf(over.toMillis()));
        runtime.getStyle().set("color", over.isPositive() ? "var(--lumo-error-text-color)"
                : "var(--lumo-success-text-color)");
        target.setVisible(now.editable());
        if (newTarget) {
            target.setValue(now.targetLength().toMillis() / 1000.0);
        }
    }

    /** Scrolls the list to the scene's heading. */
    private void showScene(BreakdownScene scene) {
        try {
            grid.scrollToIndex(breakdowns.lineOf(id(), scene.id()));
        } catch (UserFacingException gone) {
            Notices.error(translations.translate(getLocale(), gone.messageKey(), gone.arguments()));
        }
    }

    private void apply(ShotId shot, ShotEdit edit) {
        switch (edit) {
            case ShotEdit.Retype retype -> run(() -> breakdowns.retype(id(), shot, retype.type()));
            case ShotEdit.Retime retime -> run(() -> breakdowns.retime(id(), shot, retime.duration()));
            case ShotEdit.ChangeMove move -> run(() -> breakdowns.changeCameraMove(id(), shot, move.move()));
            case ShotEdit.Describe describe -> run(() -> breakdowns.describe(id(), shot, describe.description()));
            case ShotEdit.Reorder reorder -> run(() -> breakdowns.move(id(), shot, reorder.steps()));
            case ShotEdit.Split split -> run(() -> breakdowns.split(id(), shot));
            case ShotEdit.MergeWithNext merge -> confirmMerge(shot);
            case ShotEdit.Delete delete -> confirmDelete(shot);
            case ShotEdit.AddAfter add -> {
                var current = editor.shot();
                if (current != null) {
                    run(() -> breakdowns.addShot(id(), current.sceneId(), shot));
                }
            }
        }
    }

    /** Deleting asks first: a director's own shot is gone for good once deleted. */
    private void confirmDelete(ShotId shot) {
        var shown = editor.shot();
        var number = shown == null ? "" : selectedScene + "." + shown.number();
        var dialog = new ConfirmDialog(getTranslation("shotlist.delete.title", number),
                getTranslation("shotlist.delete.text"), getTranslation("breakdown.action.delete"),
                e -> run(() -> breakdowns.delete(id(), shot)));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("shotlist.delete.keep"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.setId("shot-delete-confirm");
        dialog.open();
    }

    /**
     * Merging asks first, like deleting: the next shot goes, and with it what hangs on it (its takes, its comments),
     * while the shot kept grows to cover both.
     */
    private void confirmMerge(ShotId shot) {
        var shown = editor.shot();
        var number = shown == null ? "" : selectedScene + "." + shown.number();
        var dialog = new ConfirmDialog(getTranslation("shotlist.merge.title", number),
                getTranslation("shotlist.merge.text"), getTranslation("breakdown.action.merge"),
                e -> run(() -> breakdowns.mergeWithNext(id(), shot)));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("shotlist.merge.keep"));
        dialog.setId("shot-merge-confirm");
        dialog.open();
    }

    /** Runs an edit, then shows the list as stored: the change, or on a refusal the values as they were. */
    private void run(Runnable edit) {
        boolean refused = false;
        try {
            edit.run();
        } catch (UserFacingException refusal) {
            Notices.error(translations.translate(getLocale(), refusal.messageKey(), refusal.arguments()));
            refused = true;
        }
        // On a refusal every field goes back to what is stored: the refused value must not stay in its field.
        refresh(refused);
    }

    private ProjectId id() {
        var id = projectId;
        if (id == null) {
            throw new IllegalStateException("no project entered");
        }
        return id;
    }

    /** Follows the entered project's live updates; again after the router reuses this view for another project. */
    private void follow(ProjectId id) {
        if (following != null) {
            following.remove();
        }
        following = follower.follow(this, id, update -> {
            if (update instanceof LiveUpdate.ShotListChanged) {
                try {
                    refresh(false);
                } catch (UserFacingException gone) {
                    // Removed from the crew or the project deleted meanwhile: keep what is on screen.
                    status.setText(translations.translate(getLocale(), gone.messageKey(), gone.arguments()));
                }
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("breakdown.section") + " · Film Factory";
    }
}
