package org.filmfactory.breakdown.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.util.HashSet;
import java.util.Set;
import org.filmfactory.breakdown.BreakdownNavigation;
import org.filmfactory.breakdown.BreakdownScene;
import org.filmfactory.breakdown.Breakdowns;
import org.filmfactory.breakdown.SceneId;
import org.filmfactory.breakdown.Shot;
import org.filmfactory.breakdown.ShotList;
import org.filmfactory.collab.LiveFollower;
import org.filmfactory.collab.LiveUpdate;
import org.filmfactory.platform.Translations;
import org.filmfactory.platform.UserFacingException;
import org.filmfactory.platform.ui.StudioLinks;
import org.filmfactory.project.ProjectId;
import org.jspecify.annotations.Nullable;

/**
 * The breakdown in brief beside the script: each scene with its shots (type, who, how long), redrawn when a new
 * breakdown arrives from any node. Read-only; shots are shaped on the shot list screen it links to. Scenes a person
 * opened stay open across redraws.
 */
class BreakdownPanel extends Div {

    private final ProjectId projectId;
    private final Breakdowns breakdowns;
    private final Translations translations;
    private final Span status = new Span();
    private final Div scenes = new Div();
    private final Set<SceneId> opened = new HashSet<>();
    private @Nullable ShotList shown;

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
        scenes.addClassName("breakdown-panel-scenes");
        add(heading, status, scenes);
        follower.follow(this, projectId, update -> {
            if (update instanceof LiveUpdate.ShotListChanged) {
                refresh();
            }
        });
    }

    private void refresh() {
        try {
            show(breakdowns.shotList(projectId));
        } catch (UserFacingException gone) {
            // Removed from the crew or the project deleted meanwhile: keep what is on screen, say why it stopped.
            status.setText(translations.translate(getLocale(), gone.messageKey(), gone.arguments()));
        }
    }

    private void show(ShotList list) {
        if (list.equals(shown)) {
            return;
        }
        shown = list;
        BreakdownStatus.show(status, list);
        scenes.removeAll();
        for (var scene : list.scenes()) {
            scenes.add(scene(scene, list.shotsOf(scene.id())));
        }
    }

    private Details scene(BreakdownScene scene, java.util.List<Shot> shots) {
        var summary = new Span(scene.number() + ". " + scene.heading());
        var count = new Span(" · " + getTranslation("breakdown.panel.shots", shots.size()));
        count.addClassName("studio-muted");
        var details = new Details(new Span(summary, count));
        details.setId("panel-scene-" + scene.id());
        details.addClassName("breakdown-panel-scene");
        details.getElement().setAttribute("data-heading", scene.heading());
        details.getElement().setAttribute("data-shots", String.valueOf(shots.size()));
        // Shot lines are made when a scene is opened: a feature has a hundred scenes and a thousand shots.
        if (opened.contains(scene.id())) {
            shots.forEach(shot -> details.add(shotLine(shot)));
            details.setOpened(true);
        }
        details.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                opened.add(scene.id());
                if (details.getContent().findAny().isEmpty()) {
                    shots.forEach(shot -> details.add(shotLine(shot)));
                }
            } else {
                opened.remove(scene.id());
            }
        });
        return details;
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
