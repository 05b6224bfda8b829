package org.filmfactory.review.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.filmfactory.breakdown.Breakdowns;
import org.filmfactory.breakdown.SceneId;
import org.filmfactory.breakdown.ShotId;
import org.filmfactory.collab.LiveFollower;
import org.filmfactory.collab.LiveUpdate;
import org.filmfactory.platform.Translations;
import org.filmfactory.platform.UserFacingException;
import org.filmfactory.platform.ui.Notices;
import org.filmfactory.platform.ui.StudioTime;
import org.filmfactory.project.Crew;
import org.filmfactory.project.CrewMember;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ui.ProjectShell;
import org.filmfactory.review.ActivityEntry;
import org.filmfactory.review.ActivityFeed;
import org.filmfactory.review.ActivityFilter;
import org.filmfactory.review.ActivityKind;
import org.filmfactory.review.ActivityLink;
import org.jspecify.annotations.Nullable;

/**
 * A project's activity feed: who did what, when, newest first, filtered by kind and person. The list is lazy (a
 * feature-length project has thousands of entries): it reads pages from the feed as the reader scrolls, keyed by the
 * last entry read, and starts again from the top when a new entry arrives from any node.
 */
@Route(value = ActivityFeed.ROUTE, layout = ProjectShell.class)
@PermitAll
class ActivityView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** Entries read from the feed at a time. */
    static final int PAGE = 100;

    private final ActivityFeed feed;
    private final Crew crew;
    private final Breakdowns breakdowns;
    private final LiveFollower follower;
    private final Translations translations;
    private final Clock clock;

    private final MultiSelectComboBox<ActivityKind> kinds = new MultiSelectComboBox<>();
    private final ComboBox<CrewMember> person = new ComboBox<>();
    private final Grid<ActivityEntry> grid = new Grid<>();
    private final List<ActivityEntry> loaded = new ArrayList<>();
    private boolean exhausted;
    private Map<ShotId, String> shotLabels = Map.of();
    private @Nullable ProjectId projectId;
    private @Nullable Registration following;

    ActivityView(ActivityFeed feed, Crew crew, Breakdowns breakdowns, LiveFollower follower,
            Translations translations, Clock clock) {
        this.feed = feed;
        this.crew = crew;
        this.breakdowns = breakdowns;
        this.follower = follower;
        this.translations = translations;
        this.clock = clock;
        addClassName("studio-page");
        setId("activity");

        kinds.setId("activity-kinds");
        kinds.setLabel(getTranslation("activity.filter.kind"));
        kinds.setItems(ActivityKind.values());
        kinds.setItemLabelGenerator(kind -> getTranslation(kind.key()));
        kinds.addValueChangeListener(e -> reload());
        person.setId("activity-person");
        person.setLabel(getTranslation("activity.filter.person"));
        person.setItemLabelGenerator(CrewMember::displayName);
        person.setClearButtonVisible(true);
        person.addValueChangeListener(e -> reload());
        var filters = new Div(kinds, person);
        filters.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "0 var(--lumo-space-m)");
        kinds.getStyle().set("flex", "1 1 14rem").set("min-width", "0");
        person.getStyle().set("flex", "1 1 12rem").set("min-width", "0");

        grid.setId("activity-feed");
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT,
                GridVariant.LUMO_COMPACT);
        grid.addColumn(LitRenderer.<ActivityEntry>of("""
                        <div class="activity-entry" data-kind="${item.kind}" style="line-height:1.4">
                          <strong>${item.who}</strong>
                          <a href="${item.href}" router-link>${item.what}</a>
                          <span class="studio-muted activity-when" title="${item.exact}"
                                style="white-space:nowrap">· ${item.when}</span>
                        </div>""")
                .withProperty("kind", entry -> entry.kind().name())
                .withProperty("who", this::who)
                .withProperty("what", this::what)
                .withProperty("href", entry -> entry.link().path(id()))
                .withProperty("when", entry -> RelativeTime.text(entry.at(), clock.instant(),
                        (key, args) -> getTranslation(key, args)))
                .withProperty("exact", entry -> StudioTime.format(entry.at(), FormatStyle.MEDIUM,
                        FormatStyle.MEDIUM)))
                .setFlexGrow(1);
        grid.setItems(query -> fetch(query.getOffset(), query.getLimit()));
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        grid.setHeight("72vh");
        grid.setWidthFull();
        add(new H2(getTranslation("activity.section")), filters, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            var id = ProjectShell.enteredProject(event);
            var previous = projectId;
            projectId = id;
            person.setItems(crew.members(id));
            shotLabels = shotLabels(id);
            reload();
            if (!id.equals(previous)) {
                if (following != null) {
                    following.remove();
                }
                following = follower.follow(this, id, this::onUpdate);
            }
        } catch (UserFacingException refused) {
            Notices.error(translations.translate(getLocale(), refused.messageKey(), refused.arguments()));
            event.forwardTo("");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("activity.section") + " · Film Factory";
    }

    private void onUpdate(LiveUpdate update) {
        switch (update) {
            case LiveUpdate.ActivityAdded added -> reload();
            case LiveUpdate.ShotListChanged changed -> {
                shotLabels = shotLabels(id());
                grid.getDataProvider().refreshAll();
            }
            case LiveUpdate.CrewChanged changed -> person.setItems(crew.members(id()));
            default -> {
                // Other updates concern other screens.
            }
        }
    }

    /** Starts again from the newest entry (a filter changed, or a new entry arrived). */
    private void reload() {
        loaded.clear();
        exhausted = false;
        grid.getDataProvider().refreshAll();
    }

    /** Entries {@code offset} to {@code offset + limit}, reading older pages from the feed as far as needed. */
    private Stream<ActivityEntry> fetch(int offset, int limit) {
        if (projectId == null) {
            return Stream.empty();
        }
        var filter = new ActivityFilter(kinds.getValue(), person.getValue() == null ? null
                : person.getValue().userId());
        while (!exhausted && loaded.size() < offset + limit) {
            var before = loaded.isEmpty() ? null : loaded.getLast().id();
            var page = feed.page(projectId, filter, before, Math.max(PAGE, offset + limit - loaded.size()));
            loaded.addAll(page.entries());
            exhausted = page.next() == null;
        }
        int from = Math.min(offset, loaded.size());
        return List.copyOf(loaded.subList(from, Math.min(offset + limit, loaded.size()))).stream();
    }

    private String who(ActivityEntry entry) {
        return entry.actor() == null ? getTranslation("activity.guest", entry.actorName()) : entry.actorName();
    }

    private String what(ActivityEntry entry) {
        var arguments = new ArrayList<Object>(entry.arguments());
        if (entry.link().place() == ActivityLink.Place.SHOT) {
            arguments.add(shotLabels.getOrDefault(entry.link().shotId(), getTranslation("activity.shot-gone")));
        }
        return getTranslation(entry.summaryKey(), arguments.toArray());
    }

    private Map<ShotId, String> shotLabels(ProjectId id) {
        var list = breakdowns.shotList(id);
        var scenes = new HashMap<SceneId, Integer>();
        list.scenes().forEach(scene -> scenes.put(scene.id(), scene.number()));
        var labels = new HashMap<ShotId, String>();
        list.shots().forEach(shot -> labels.put(shot.id(),
                scenes.getOrDefault(shot.sceneId(), 0) + "." + shot.number()));
        return labels;
    }

    private ProjectId id() {
        if (projectId == null) {
            throw new IllegalStateException("no project entered yet");
        }
        return projectId;
    }
}
