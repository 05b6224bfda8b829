package org.filmfactory.review.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.filmfactory.breakdown.Breakdowns;
import org.filmfactory.breakdown.SceneId;
import org.filmfactory.breakdown.ShotId;
import org.filmfactory.collab.LiveFollower;
import org.filmfactory.collab.LiveUpdate;
import org.filmfactory.platform.UserFacingException;
import org.filmfactory.platform.ui.StudioLinks;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectNavigation;
import org.filmfactory.review.ActivityFeed;
import org.filmfactory.review.WaitingForMe;
import org.filmfactory.screenplay.ScreenplayNavigation;
import org.filmfactory.take.TakeNavigation;

/**
 * "Waiting for you" in a project's room: shots waiting for the person's approval, open comments that mention them,
 * and changes asked for on their takes. Follows review, takes and shot-list changes from every node.
 */
class WaitingForMePanel extends Div {

    /**
     * Items listed per section; the rest are counted, with a way to them. Once a feature's takes are made, every one
     * of its ~1 500 shots waits for the director's approval, and the room must not list them all.
     */
    static final int LISTED = 12;

    private final ProjectId projectId;
    private final ActivityFeed feed;
    private final Breakdowns breakdowns;
    private final Div body = new Div();

    WaitingForMePanel(ProjectId projectId, ActivityFeed feed, Breakdowns breakdowns, LiveFollower follower) {
        this.projectId = projectId;
        this.feed = feed;
        this.breakdowns = breakdowns;
        setId("waiting-for-me");
        getStyle().set("margin-top", "var(--lumo-space-m)");
        add(new H3(getTranslation("activity.waiting.title")), body);
        show();
        follower.follow(this, projectId, update -> {
            switch (update) {
                case LiveUpdate.ReviewChanged changed -> show();
                case LiveUpdate.TakesChanged changed -> show();
                case LiveUpdate.ShotListChanged changed -> show();
                case LiveUpdate.CrewChanged changed -> show();
                default -> {
                    // Nothing here depends on other updates.
                }
            }
        });
    }

    private void show() {
        body.removeAll();
        WaitingForMe waiting;
        try {
            waiting = feed.waitingForMe(projectId);
        } catch (UserFacingException gone) {
            // The room itself sends someone who lost access away; nothing waits for them here any more.
            setVisible(false);
            return;
        }
        setVisible(true);
        if (waiting.isEmpty()) {
            var none = new Paragraph(getTranslation("activity.waiting.none"));
            none.addClassName("studio-muted");
            body.add(none);
            return;
        }
        var labels = labels();
        section("waiting-approve", "activity.waiting.approve", waiting.toApprove(), labels);
        if (!waiting.mentions().isEmpty()) {
            var list = new UnorderedList();
            list.setId("waiting-mentions");
            for (var mention : waiting.mentions().subList(0, Math.min(LISTED, waiting.mentions().size()))) {
                var where = mention.shotId() == null ? ScreenplayNavigation.toScript(projectId)
                        : TakeNavigation.toShot(projectId, mention.shotId());
                var place = mention.shotId() == null ? getTranslation("activity.kind.script")
                        : getTranslation("activity.waiting.shot", labels.getOrDefault(mention.shotId(), "?"));
                var author = new Span(mention.authorName() + ": ");
                author.getStyle().set("font-weight", "600");
                list.add(new ListItem(StudioLinks.to(where, place), new Span(" · "), author,
                        new Span(mention.excerpt())));
            }
            more(list, waiting.mentions().size(), "activity.waiting.more-mentions",
                    ProjectNavigation.toSection(projectId, ActivityFeed.ROUTE));
            body.add(new H4(getTranslation("activity.waiting.mentions")), list);
        }
        section("waiting-changes", "activity.waiting.changes", waiting.changesAsked(), labels);
    }

    private void section(String id, String titleKey, List<ShotId> shots, Map<ShotId, String> labels) {
        if (shots.isEmpty()) {
            return;
        }
        var list = new UnorderedList();
        list.setId(id);
        for (var shot : shots.subList(0, Math.min(LISTED, shots.size()))) {
            list.add(new ListItem(StudioLinks.to(TakeNavigation.toShot(projectId, shot),
                    getTranslation("activity.waiting.shot", labels.getOrDefault(shot, "?")))));
        }
        more(list, shots.size(), "activity.waiting.more-shots", TakeNavigation.toStoryboard(projectId));
        body.add(new H4(getTranslation(titleKey)), list);
    }

    /** "… and N more" as the list's last item, leading to where all of them are, when some were left out. */
    private void more(UnorderedList list, int total, String key, String where) {
        if (total > LISTED) {
            var rest = new ListItem(StudioLinks.to(where, getTranslation(key, total - LISTED)));
            rest.addClassName("waiting-more");
            rest.getElement().setAttribute("data-count", String.valueOf(total - LISTED));
            list.add(rest);
        }
    }

    private Map<ShotId, String> labels() {
        var list = breakdowns.shotList(projectId);
        var scenes = new HashMap<SceneId, Integer>();
        list.scenes().forEach(scene -> scenes.put(scene.id(), scene.number()));
        var labels = new HashMap<ShotId, String>();
        list.shots().forEach(shot -> labels.put(shot.id(),
                scenes.getOrDefault(shot.sceneId(), 0) + "." + shot.number()));
        return labels;
    }
}
