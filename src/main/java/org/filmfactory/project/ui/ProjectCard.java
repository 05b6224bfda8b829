package org.filmfactory.project.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.filmfactory.platform.ui.StudioTime;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.filmfactory.platform.ui.StudioLinks;
import org.filmfactory.project.ProjectNavigation;
import org.filmfactory.project.ProjectSummary;

/** One project in the list: its name (the way in), the person's role, the logline, crew size and last change. */
class ProjectCard extends Div {

    ProjectCard(ProjectSummary project) {
        setId("project-" + project.id());
        addClassName("project-card");
        getStyle().set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("min-width", "0")
                .set("overflow-wrap", "anywhere");
        var link = StudioLinks.to(ProjectNavigation.toRoom(project.id()), project.name());
        link.addClassName("project-link");
        var role = new Span(getTranslation(project.myRole().key()));
        role.getElement().getThemeList().add("badge");
        role.addClassName("project-role");
        var title = new HorizontalLayout(link, role);
        title.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (project.archived()) {
            var archived = new Span(getTranslation("project.archived"));
            archived.getElement().getThemeList().add("badge contrast");
            title.add(archived);
        }
        var changed = new Span(getTranslation("projects.changed", StudioTime.format(project.lastChangedAt(), FormatStyle.MEDIUM, FormatStyle.SHORT)));
        changed.addClassName("project-changed");
        var crew = new Span(getTranslation("project.crew-size", project.crewSize()));
        crew.addClassName("project-crew");
        var kind = new Span(getTranslation("language." + project.language().name().toLowerCase(Locale.ROOT))
                + " · " + project.format());
        var meta = new Div(new Div(changed), new Div(crew, dot(), kind));
        meta.addClassName("studio-muted");
        add(title);
        if (!project.logline().isBlank()) {
            add(new Paragraph(project.logline()));
        }
        add(meta);
    }

    private static Span dot() {
        return new Span(" · ");
    }
}
