package org.filmfactory.screenplay.ui;

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
import org.filmfactory.collab.LiveFollower;
import org.filmfactory.collab.LiveUpdate;
import org.filmfactory.collab.Presence;
import org.filmfactory.fountain.Dialect;
import org.filmfactory.platform.Translations;
import org.filmfactory.platform.UserFacingException;
import org.filmfactory.platform.ui.Notices;
import org.filmfactory.platform.ui.StudioLinks;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectNavigation;
import org.filmfactory.project.ui.ProjectShell;
import org.filmfactory.screenplay.ScriptEditing;
import org.filmfactory.screenplay.ScriptExchange;
import org.filmfactory.screenplay.ScriptTemplate;
import org.jspecify.annotations.Nullable;

/**
 * The script screen: the co-editor everyone in the project types into at once, who is here, import and export, and
 * beside it the panels of modules that build on the script (the breakdown). Roles that may not write get the same
 * live text, read-only.
 */
@Route(value = "script", layout = ProjectShell.class)
@PermitAll
// Panels beside the script come from other modules, which the production bundle cannot see from this route: name
// the components they use so their client code is in the bundle.
@Uses(com.vaadin.flow.component.details.Details.class)
@Uses(com.vaadin.flow.component.grid.Grid.class)
class ScriptView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ScriptEditing editing;
    private final LiveFollower follower;
    private final Presence presence;
    private final Translations translations;
    private final ScriptExchange exchange;
    private final ScriptTemplate template;
    private final List<ScriptCompanion> companions;
    private final List<ScriptMargin> margins;
    private final ScriptEditorsHere editorsHere;

    private final H2 title = new H2();
    private final Div writing = new Div();
    private final Div beside = new Div();
    private final Div exchangeSlot = new Div();
    private final Div startSlot = new Div();
    private @Nullable ProjectId projectId;
    private @Nullable ScriptEditor editor;
    private @Nullable Registration following;

    ScriptView(ScriptEditing editing, LiveFollower follower, Presence presence,
            Translations translations, ScriptExchange exchange, ScriptTemplate template,
            List<ScriptCompanion> companions, List<ScriptMargin> margins, ScriptEditorsHere editorsHere) {
        this.editing = editing;
        this.follower = follower;
        this.presence = presence;
        this.translations = translations;
        this.exchange = exchange;
        this.template = template;
        this.companions = companions;
        this.margins = margins;
        this.editorsHere = editorsHere;
        addClassName("studio-page");
        setId("script-view");
        writing.addClassName("script-writing");
        beside.setId("script-beside");
        beside.addClassName("script-beside");
        var desk = new Div(writing, beside);
        desk.addClassName("script-desk");
        var top = new Div(title);
        top.addClassName("script-top");
        startSlot.addClassName("script-start");
        add(top, exchangeSlot, startSlot, desk);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            var id = ProjectShell.enteredProject(event);
            var draft = editing.open(id);
            if (id.equals(projectId)) {
                return;
            }
            if (following != null) {
                following.remove();
            }
            projectId = id;
            title.removeAll();
            title.add(new Span(getTranslation("screenplay.section")));
            var history = StudioLinks.to(org.filmfactory.screenplay.ScreenplayNavigation.toHistory(id),
                    getTranslation("screenplay.history.open"));
            history.setId("script-history-link");
            history.addClassName("script-history-link");
            title.add(new Span(" "), history);
            startSlot.removeAll();
            var offer = TemplateOffer.offered(draft) ? new TemplateOffer(id, editing, template, translations) : null;
            if (offer != null) {
                startSlot.add(offer);
            }
            startSlot.add(new FountainBasics(draft.text().isBlank()));
            var panel = new ScriptExchangePanel(exchange, translations, () -> false);
            panel.setHistoryLink(org.filmfactory.screenplay.ScreenplayNavigation.toHistory(id));
            panel.setDraft(draft);
            panel.addImportListener(imported -> panel.setDraft(imported.draft()));
            exchangeSlot.removeAll();
            exchangeSlot.add(panel);
            editor = new ScriptEditor(id, editing, follower, translations, editorsHere);
            // the highlighter reads lines as the parser does, unforced 内景/外景 headings included (issue 10)
            editor.getElement().setAttribute("dialect", exchange.dialect(id) == Dialect.CHINESE ? "zh" : "plain");
            writing.removeAll();
            writing.add(editor);
            beside.removeAll();
            for (var margin : margins) {
                // One margin at most is expected (review); each would get the gutter in turn otherwise.
                var desk = new Desk(id, editor, margin);
                editor.offerComments(margin.actionLabelKey());
                beside.add(margin.panelFor(desk));
                desk.refreshMarks();
            }
            for (var companion : companions) {
                beside.add(companion.panelFor(id));
            }
            // The shell shows who is here; the editor only drops the cursors of people who left.
            following = follower.follow(this, id, update -> {
                if (update instanceof LiveUpdate.PresenceChanged) {
                    keepCursorsOfThoseHere();
                } else if (update instanceof LiveUpdate.ScriptStepsAccepted && offer != null && offer.isAttached()) {
                    offer.recheck();
                }
            });
        } catch (UserFacingException refused) {
            Notices.error(translations.translate(getLocale(), refused.messageKey(), refused.arguments()));
            event.forwardTo(ProjectNavigation.toProjects());
        }
    }

    private void keepCursorsOfThoseHere() {
        var id = projectId;
        if (id != null && editor != null) {
            editor.keepCursorsOf(presence.attendees(id).stream().map(a -> a.userId().toString())
                    .collect(Collectors.toSet()));
        }
    }

    /** The editor as a margin panel sees it. */
    private static final class Desk implements ScriptDesk {

        private final ProjectId projectId;
        private final ScriptEditor editor;
        private final ScriptMargin margin;

        Desk(ProjectId projectId, ScriptEditor editor, ScriptMargin margin) {
            this.projectId = projectId;
            this.editor = editor;
            this.margin = margin;
        }

        @Override
        public ProjectId projectId() {
            return projectId;
        }

        @Override
        public void refreshMarks() {
            try {
                editor.showMarks(margin.marks(projectId));
            } catch (UserFacingException refused) {
                // No longer on the crew: the screen itself is about to go; show no marks meanwhile.
                editor.showMarks(new ScriptMargin.Marks(0, List.of()));
            }
        }

        @Override
        public Registration onCommentAsked(java.util.function.Consumer<ScriptMargin.Selection> listener) {
            return editor.addCommentListener(listener);
        }

        @Override
        public Registration onMarkOpened(java.util.function.Consumer<String> listener) {
            return editor.addMarkListener(listener);
        }

        @Override
        public void reveal(long revision, int from, int to) {
            editor.reveal(revision, from, to);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("screenplay.section") + " · Film Factory";
    }
}
