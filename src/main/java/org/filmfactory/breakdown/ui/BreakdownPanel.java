package org.filmfactory.breakdown.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.LitRenderer;
import org.filmfactory.breakdown.BreakdownNavigation;
import org.filmfactory.breakdown.BreakdownSummary;
import org.filmfactory.breakdown.Breakdowns;
import org.filmfactory.breakdown.SceneShots;
import org.filmfactory.breakdown.Shot;
import org.filmfactory.collab.LiveFollower;
import org.filmfactory.collab.LiveUpdate;
import org.filmfactory.platform.Translations;
import org.filmfactory.platform.UserFacingException;
import org.filmfactory.platform.ui.StudioLinks;
import org.filmfactory.project.ProjectId;
import org.jspecify.annotations.Nullable;

/**
 * The breakdown in brief beside the script: each scene with its number of shots, a click showing its shots (type,
 * who, how long), refreshed when a new breakdown arrives from any node. Read-only; shots are shaped on the shot list
 * screen it links to. The scenes are a lazy grid that asks for the rows on screen, and a scene's shots are read when
 * it is opened: a feature has hundreds of scenes and thousands of shots, and the panel holds none of them but what
 * is shown (issue 10).
 */
class BreakdownPanel extends Div {

    private final ProjectId projectId;
    private final Breakdowns breakdowns;
    private final Translations translations;
    private final Span status = new Span();
    private final Grid<SceneShots> scenes = new Grid<>();
    private @Nullable BreakdownSummary shown;

    BreakdownPanel(ProjectId projectId, Breakdowns breakdowns, LiveFollower follower, Translations translations) {
        this.projectId = projectId;
        this.breakdowns = breakdowns;
        this.translations = translations;
        setId("breakdown-panel");
        addClassName("breakdown-panel");
        status.setId("breakdown-panel-status");
        status.addClassName("studio-muted");
        var heading = new H3(StudioLinks.to(BreakdownNavigation.toShotList(projectId),
                getTranslation("breakdown.section")));
        scenes.setId("breakdown-panel-scenes");
        scenes.addClassName("breakdown-panel-scenes");
        scenes.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        scenes.setAllRowsVisible(false);
        scenes.setHeight("min(60vh, 40rem)");
        scenes.addColumn(LitRenderer.<SceneShots>of(
                        "<span class=\"breakdown-panel-scene\" data-scene=\"${item.id}\" data-shots=\"${item.shots}\">"
                                + "${item.heading}<span class=\"studio-muted\"> · ${item.count}</span></span>")
                .withProperty("id", line -> line.scene().id().toString())
                .withProperty("heading", line -> line.scene().number() + ". " + line.scene().heading())
                .withProperty("shots", SceneShots::shots)
                .withProperty("count", line -> getTranslation("breakdown.panel.shots", line.shots())));
        scenes.setItemDetailsRenderer(new ComponentRenderer<>(this::shotsOf));
        scenes.setDetailsVisibleOnClick(true);
        scenes.setItems(query -> breakdowns.scenes(projectId, query.getOffset(), query.getLimit()).stream(),
                query -> shown == null ? 0 : (int) shown.scenes());
        add(heading, status, scenes);
        follower.follow(this, projectId, update -> {
            if (update instanceof LiveUpdate.ShotListChanged) {
                refresh();
            }
        });
    }

    /** Asks only how far the breakdown is; the grid then fetches the rows it shows. */
    private void refresh() {
        BreakdownSummary summary;
        try {
            summary = breakdowns.summary(projectId);
        } catch (UserFacingException gone) {
            // Removed from the crew or the project deleted meanwhile: keep what is on screen, say why it stopped.
            status.setText(translations.translate(getLocale(), gone.messageKey(), gone.arguments()));
            return;
        }
        shown = summary;
        BreakdownStatus.show(status, summary);
        scenes.getDataProvider().refreshAll();
    }

    /** An opened scene's shots, read when it is opened. */
    private Div shotsOf(SceneShots line) {
        var lines = new Div();
        lines.addClassName("breakdown-panel-shots");
        try {
            breakdowns.shots(projectId, line.scene().id()).forEach(shot -> lines.add(shotLine(shot)));
        } catch (UserFacingException gone) {
            lines.setText(translations.translate(getLocale(), gone.messageKey(), gone.arguments()));
        }
        return lines;
    }

    private Div shotLine(Shot shot) {
        var length = new Span();
        length.setText(" · " + BreakdownStatus.seconds(length, shot.duration()));
        var line = new Div(new Span(shot.number() + " " + getTranslation(shot.type().key())),
                new Span(shot.subjects().isEmpty() ? "" : " · " + String.join(", ", shot.subjects())), length);
        line.addClassName("breakdown-panel-shot");
        line.getElement().setAttribute("data-shot", shot.id().toString());
        line.setTitle(shot.description());
        return line;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        refresh();
    }
}
