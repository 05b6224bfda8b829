package org.filmfactory.screenplay.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.stream.Collectors;
import org.filmfactory.account.CurrentUser;
import org.filmfactory.collab.LiveFollower;
import org.filmfactory.collab.LiveUpdate;
import org.filmfactory.collab.Presence;
import org.filmfactory.platform.Translations;
import org.filmfactory.platform.UserFacingException;
import org.filmfactory.platform.ui.Notices;
import org.filmfactory.platform.ui.StudioLinks;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.screenplay.ScriptEditing;
import org.filmfactory.screenplay.ScriptExchange;
import org.jspecify.annotations.Nullable;

/**
 * The script screen: the co-editor everyone in the project types into at once, who is here, import and export, and
 * beside it the panels of modules that build on the script (the breakdown). Roles that may not write get the same
 * live text, read-only.
 */
@Route("projects/:projectId/script")
@PermitAll
// Panels beside the script come from other modules, which the production bundle cannot see from this route: name
// the components they use so their client code is in the bundle.
@Uses(com.vaadin.flow.component.details.Details.class)
class ScriptView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ScriptEditing editing;
    private final ProjectManagement projects;
    private final LiveFollower follower;
    private final Presence presence;
    private final CurrentUser currentUser;
    private final Translations translations;
    private final ScriptExchange exchange;
    private final List<ScriptCompanion> companions;

    private final H2 title = new H2();
    private final AvatarGroup here = new AvatarGroup();
    private final Div writing = new Div();
    private final Div beside = new Div();
    private final Div exchangeSlot = new Div();
    private @Nullable ProjectId projectId;
    private @Nullable ScriptEditor editor;
    private Presence.@Nullable Ticket ticket;
    private @Nullable Registration following;

    ScriptView(ScriptEditing editing, ProjectManagement projects, LiveFollower follower, Presence presence,
            CurrentUser currentUser, Translations translations, ScriptExchange exchange,
            List<ScriptCompanion> companions) {
        this.editing = editing;
        this.projects = projects;
        this.follower = follower;
        this.presence = presence;
        this.currentUser = currentUser;
        this.translations = translations;
        this.exchange = exchange;
        this.companions = companions;
        addClassName("studio-page");
        setId("script-view");
        here.setId("script-here");
        here.setMaxItemsVisible(8);
        writing.addClassName("script-writing");
        beside.setId("script-beside");
        beside.addClassName("script-beside");
        var desk = new Div(writing, beside);
        desk.addClassName("script-desk");
        var top = new Div(title, here);
        top.addClassName("script-top");
        add(top, exchangeSlot, desk);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            var id = ProjectId.parse(event.getRouteParameters().get("projectId").orElse(""));
            var project = projects.find(id);
            var draft = editing.open(id);
            if (id.equals(projectId)) {
                return;
            }
            leave();
            if (following != null) {
                following.remove();
            }
            projectId = id;
            title.removeAll();
            title.add(StudioLinks.to("projects/" + id, project.name()),
                    new Span(" · " + getTranslation("screenplay.section")));
            var history = StudioLinks.to(org.filmfactory.screenplay.ScreenplayNavigation.toHistory(id),
                    getTranslation("screenplay.history.open"));
            history.setId("script-history-link");
            history.addClassName("script-history-link");
            title.add(new Span(" "), history);
            var panel = new ScriptExchangePanel(exchange, translations, () -> false);
            panel.setDraft(draft);
            panel.addImportListener(imported -> panel.setDraft(imported.draft()));
            exchangeSlot.removeAll();
            exchangeSlot.add(panel);
            editor = new ScriptEditor(id, editing, follower, translations);
            writing.removeAll();
            writing.add(editor);
            beside.removeAll();
            for (var companion : companions) {
                beside.add(companion.panelFor(id));
            }
            following = follower.follow(this, id, update -> {
                if (update instanceof LiveUpdate.PresenceChanged) {
                    showWhoIsHere();
                }
            });
            if (isAttached()) {
                getUI().ifPresent(this::enter);
            }
        } catch (UserFacingException refused) {
            Notices.error(translations.translate(getLocale(), refused.messageKey(), refused.arguments()));
            event.forwardTo("");
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        enter(event.getUI());
    }

    /** Takes a seat in the project: presence, with a goodbye when the tab closes. */
    private void enter(UI ui) {
        var id = projectId;
        if (id == null || ticket != null) {
            return;
        }
        ticket = presence.enter(id, currentUser.require(), "script");
        getElement().executeJs("const ticket = $0; window.addEventListener('pagehide', () =>"
                + " navigator.sendBeacon(new URL('presence-beacon', document.baseURI), ticket), {once: true});",
                ticket.id());
        showWhoIsHere();
    }

    private void showWhoIsHere() {
        var id = projectId;
        if (id == null) {
            return;
        }
        var attendees = presence.attendees(id);
        here.setItems(attendees.stream().map(a -> {
            var item = new AvatarGroup.AvatarGroupItem(a.displayName());
            item.setColorIndex(a.colorIndex());
            return item;
        }).toList());
        here.getElement().setAttribute("data-count", String.valueOf(attendees.size()));
        if (editor != null) {
            editor.keepCursorsOf(attendees.stream().map(a -> a.userId().toString()).collect(Collectors.toSet()));
        }
    }

    private void leave() {
        if (ticket != null) {
            ticket.close();
            ticket = null;
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        leave();
        super.onDetach(event);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("screenplay.section") + " · Film Factory";
    }
}
