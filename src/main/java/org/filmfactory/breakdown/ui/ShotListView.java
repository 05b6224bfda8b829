package org.filmfactory.breakdown.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.shared.Registration;
import java.util.HashMap;
import java.util.Map;
import org.filmfactory.breakdown.BreakdownScene;
import org.filmfactory.breakdown.Breakdowns;
import org.filmfactory.breakdown.ShotId;
import org.filmfactory.breakdown.ShotList;
import org.filmfactory.collab.LiveFollower;
import org.filmfactory.collab.LiveUpdate;
import org.filmfactory.platform.Translations;
import org.filmfactory.platform.UserFacingException;
import org.filmfactory.platform.ui.Notices;
import org.filmfactory.platform.ui.StudioLinks;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ui.ProjectShell;
import org.jspecify.annotations.Nullable;

/**
 * The shot list: the scenes of the script on the left, every scene's shots on the right. Directors and owners edit
 * shots in place; everyone else reads. Follows changes from every node (a new script revision broken down, another
 * director's edit) and redraws when one arrives.
 */
@Route(value = "shots", layout = ProjectShell.class)
@PermitAll
class ShotListView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Breakdowns breakdowns;
    private final ProjectManagement projects;
    private final LiveFollower follower;
    private final Translations translations;

    private final H2 title = new H2();
    private final Span status = new Span();
    private final Div sceneList = new Div();
    private final Div shotList = new Div();
    private @Nullable ProjectId projectId;
    private @Nullable ShotList shown;
    /** The rows on screen, kept while their shot is unchanged so a field someone is typing in is not replaced. */
    private Map<ShotId, ShotRow> rows = Map.of();
    private @Nullable Registration following;

    ShotListView(Breakdowns breakdowns, ProjectManagement projects, LiveFollower follower,
            Translations translations) {
        this.breakdowns = breakdowns;
        this.projects = projects;
        this.follower = follower;
        this.translations = translations;
        addClassName("studio-page");
        getStyle().set("max-width", "1400px");
        setId("shot-list-view");
        status.setId("shot-status");
        status.addClassName("studio-muted");
        sceneList.setId("scene-list");
        sceneList.getStyle().set("flex", "0 0 18rem").set("overflow-y", "auto").set("max-height", "75vh");
        shotList.setId("shot-list");
        shotList.getStyle().set("flex", "1 1 auto").set("overflow-y", "auto").set("max-height", "75vh")
                .set("min-width", "0");
        var columns = new Div(sceneList, shotList);
        columns.getStyle().set("display", "flex").set("gap", "var(--lumo-space-l)")
                .set("margin-top", "var(--lumo-space-m)");
        var csv = new com.vaadin.flow.component.html.Anchor(csvDownload(),
                com.vaadin.flow.component.html.AttachmentType.DOWNLOAD, getTranslation("breakdown.csv"));
        csv.setId("shot-list-csv");
        add(title, status, csv, columns);
    }

    /** The CSV is made when asked for, with the downloading person's rights. */
    private com.vaadin.flow.server.streams.DownloadHandler csvDownload() {
        return event -> {
            var id = projectId;
            if (id == null) {
                event.getResponse().setStatus(404);
                return;
            }
            byte[] content;
            try {
                content = breakdowns.shotListCsv(id);
            } catch (org.filmfactory.platform.UserFacingException refused) {
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
            title.removeAll();
            title.add(new Span(getTranslation("breakdown.section")));
            show(breakdowns.shotList(projectId));
            follow(projectId);
        } catch (UserFacingException refused) {
            Notices.error(translations.translate(getLocale(), refused.messageKey(), refused.arguments()));
            event.forwardTo("");
        }
    }

    private void show(ShotList list) {
        if (list.equals(shown)) {
            return;
        }
        shown = list;
        BreakdownStatus.show(status, list);
        sceneList.removeAll();
        shotList.removeAll();
        var previous = rows;
        rows = new HashMap<>();
        for (var scene : list.scenes()) {
            var group = sceneGroup(list, scene, previous);
            var item = new Div(new Span(scene.number() + ". " + scene.heading()), eighths(scene));
            item.setId("scene-" + scene.id());
            item.addClassName("breakdown-scene");
            item.getElement().setAttribute("data-number", String.valueOf(scene.number()));
            item.getStyle().set("cursor", "pointer").set("padding", "var(--lumo-space-xs) 0");
            item.addClickListener(e -> group.scrollIntoView());
            sceneList.add(item);
            shotList.add(group);
        }
    }

    private Div sceneGroup(ShotList list, BreakdownScene scene, Map<ShotId, ShotRow> previous) {
        var heading = new H4(scene.number() + ". " + scene.heading());
        var characters = new Span(String.join(", ", scene.characters()));
        characters.addClassName("studio-muted");
        var group = new Div(heading, characters);
        group.setId("scene-shots-" + scene.id());
        group.addClassName("breakdown-scene-shots");
        for (var shot : list.shotsOf(scene.id())) {
            var row = previous.get(shot.id());
            if (row == null || !row.shows(shot, scene.number(), list.editable())) {
                row = new ShotRow(shot, scene.number(), list.editable());
                row.addEditListener(e -> apply(e.getSource(), e.edit()));
            }
            rows.put(shot.id(), row);
            group.add(row);
        }
        if (list.editable() && list.shotsOf(scene.id()).isEmpty()) {
            var add = new Button(getTranslation("breakdown.action.add"),
                    e -> run(() -> breakdowns.addShot(id(), scene.id(), null)));
            add.setId("scene-add-" + scene.id());
            group.add(add);
        }
        return group;
    }

    private Span eighths(BreakdownScene scene) {
        int whole = scene.eighths() / 8;
        int rest = scene.eighths() % 8;
        var pages = whole == 0 ? rest + "/8" : rest == 0 ? String.valueOf(whole) : whole + " " + rest + "/8";
        var span = new Span(" · " + getTranslation("breakdown.pages", pages));
        span.addClassName("studio-muted");
        span.addClassName("scene-eighths");
        span.getElement().setAttribute("data-eighths", String.valueOf(scene.eighths()));
        return span;
    }

    private void apply(ShotRow row, ShotEdit edit) {
        var shot = row.shot().id();
        run(() -> {
            switch (edit) {
                case ShotEdit.Retype retype -> breakdowns.retype(id(), shot, retype.type());
                case ShotEdit.Retime retime -> breakdowns.retime(id(), shot, retime.duration());
                case ShotEdit.ChangeMove move -> breakdowns.changeCameraMove(id(), shot, move.move());
                case ShotEdit.Describe describe -> breakdowns.describe(id(), shot, describe.description());
                case ShotEdit.Reorder reorder -> breakdowns.move(id(), shot, reorder.steps());
                case ShotEdit.Split split -> breakdowns.split(id(), shot);
                case ShotEdit.MergeWithNext merge -> breakdowns.mergeWithNext(id(), shot);
                case ShotEdit.Delete delete -> breakdowns.delete(id(), shot);
                case ShotEdit.AddAfter add -> breakdowns.addShot(id(), row.shot().sceneId(), shot);
            }
        });
    }

    /** Runs an edit, then shows the list as stored: the change, or on a refusal the values as they were. */
    private void run(Runnable edit) {
        try {
            edit.run();
        } catch (UserFacingException refused) {
            Notices.error(translations.translate(getLocale(), refused.messageKey(), refused.arguments()));
            // Redraw every row: the refused value must not stay in its field.
            shown = null;
            rows = Map.of();
        }
        show(breakdowns.shotList(id()));
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
                    show(breakdowns.shotList(id));
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
