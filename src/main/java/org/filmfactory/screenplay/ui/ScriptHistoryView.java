package org.filmfactory.screenplay.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.filmfactory.platform.Translations;
import org.filmfactory.platform.UserFacingException;
import org.filmfactory.platform.ui.Notices;
import org.filmfactory.platform.ui.StudioLinks;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ui.ProjectShell;
import org.filmfactory.screenplay.ScreenplayNavigation;
import org.filmfactory.screenplay.ScriptEditing;
import org.filmfactory.screenplay.ScriptHistory;
import org.jspecify.annotations.Nullable;

/**
 * The script's history screen ({@link ScreenplayNavigation#toHistory}): kept versions, comparing one with now,
 * restoring one, and who changed which line. Everything is in {@link ScriptHistoryPanel}; this view reads the route
 * and sends people who may not see the project back to the start with the reason. It sits in the project's
 * {@link ProjectShell}, which has already refused a malformed or foreign project id.
 */
@Route(value = "script/history", layout = ProjectShell.class)
@PermitAll
class ScriptHistoryView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ScriptHistory history;
    private final ScriptEditing editing;
    private final ProjectManagement projects;
    private final Translations translations;

    private final H2 title = new H2();
    private final Div content = new Div();
    private @Nullable ProjectId projectId;

    ScriptHistoryView(ScriptHistory history, ScriptEditing editing, ProjectManagement projects,
            Translations translations) {
        this.history = history;
        this.editing = editing;
        this.projects = projects;
        this.translations = translations;
        addClassName("studio-page");
        getStyle().set("max-width", "1500px");
        setId("script-history-view");
        add(title, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            var id = ProjectShell.enteredProject(event);
            var editable = editing.open(id).editable();
            if (id.equals(projectId)) {
                return;
            }
            projectId = id;
            title.removeAll();
            title.add(StudioLinks.to(ScreenplayNavigation.toScript(id),
                            translations.translate(getLocale(), "screenplay.section")),
                    new Span(" · " + translations.translate(getLocale(), "screenplay.history.title")));
            content.removeAll();
            content.add(new ScriptHistoryPanel(history, translations, id, editable));
        } catch (UserFacingException refused) {
            Notices.error(translations.translate(getLocale(), refused.messageKey(), refused.arguments()));
            event.forwardTo("");
        }
    }

    @Override
    public String getPageTitle() {
        return translations.translate(getLocale(), "screenplay.history.title") + " · Film Factory";
    }
}
