package org.filmfactory.project.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.filmfactory.platform.Translations;
import org.filmfactory.platform.ui.MainLayout;
import org.filmfactory.platform.ui.StudioLinks;
import org.filmfactory.project.ProjectNavigation;

/**
 * What a refused project address shows, inside the studio frame: why (translated), and the way back to the
 * person's projects. Never a stack trace; the address stays as typed so it can be checked.
 */
@ParentLayout(MainLayout.class)
@PermitAll
class ProjectRefusedView extends Div implements HasErrorParameter<ProjectRefused> {

    private final Translations translations;

    ProjectRefusedView(Translations translations) {
        this.translations = translations;
        addClassName("studio-page");
        setId("project-refused");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<ProjectRefused> parameter) {
        removeAll();
        var reason = parameter.getException().reason();
        var why = new Paragraph(translations.translate(getLocale(), reason.messageKey(), reason.arguments()));
        why.setId("project-refused-reason");
        why.getElement().setAttribute("data-key", reason.messageKey());
        var back = StudioLinks.to(ProjectNavigation.toProjects(), getTranslation("project.back-to-list"));
        back.setId("project-refused-back");
        add(new H2(getTranslation("project.refused")), why, back);
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
