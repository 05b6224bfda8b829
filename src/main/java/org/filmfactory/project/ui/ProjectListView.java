package org.filmfactory.project.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import org.filmfactory.platform.Translations;
import org.filmfactory.platform.ui.StudioLinks;
import org.filmfactory.project.InvalidProjectDetails;
import org.filmfactory.project.ProjectFollower;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ProjectNavigation;
import org.filmfactory.project.ProjectSummary;

/** "My projects": every project the signed-in person is on, with their role; follows crew changes live. */
@Route("")
@Menu(title = "menu.projects", order = 0, icon = "vaadin:film")
@PermitAll
class ProjectListView extends Div implements HasDynamicTitle {

    private final ProjectManagement projects;
    private final Translations translations;
    private final Div list = new Div();

    ProjectListView(ProjectManagement projects, ProjectFollower follower, Translations translations) {
        this.projects = projects;
        this.translations = translations;
        addClassName("studio-page");
        var create = new Button(getTranslation("project.new"), VaadinIcon.PLUS.create(), e -> openNewProject());
        create.setId("new-project");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var header = new HorizontalLayout(new H2(getTranslation("project.mine")), create);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setWidthFull();
        list.setId("project-list");
        add(header, list);
        refresh();
        follower.followAll(this, this::refresh);
    }

    private void refresh() {
        list.removeAll();
        var mine = projects.mine();
        if (mine.isEmpty()) {
            list.add(new Paragraph(getTranslation("project.none")));
        }
        mine.forEach(project -> list.add(card(project)));
    }

    private Div card(ProjectSummary project) {
        var link = StudioLinks.to(ProjectNavigation.toRoom(project.id()), project.name());
        link.addClassName("project-link");
        var role = new Span(getTranslation(project.myRole().key()));
        role.getElement().getThemeList().add("badge");
        role.addClassName("project-role");
        var meta = new Span(getTranslation("language." + project.language().name().toLowerCase(Locale.ROOT))
                + " · " + project.format() + " · " + getTranslation("project.crew-size", project.crewSize()));
        meta.addClassName("studio-muted");
        var title = new HorizontalLayout(link, role);
        title.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (project.archived()) {
            var archived = new Span(getTranslation("project.archived"));
            archived.getElement().getThemeList().add("badge contrast");
            title.add(archived);
        }
        var card = new Div(title, new Paragraph(project.logline()), meta);
        card.setId("project-" + project.id());
        card.addClassName("project-card");
        return card;
    }

    private void openNewProject() {
        var dialog = new NewProjectDialog();
        dialog.addCreateListener(e -> {
            try {
                var id = projects.create(dialog.request());
                dialog.close();
                getUI().ifPresent(ui -> ui.navigate(ProjectNavigation.toRoom(id)));
            } catch (InvalidProjectDetails invalid) {
                dialog.showError(invalid.field(),
                        translations.translate(getLocale(), invalid.messageKey(), invalid.arguments()));
            }
        });
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("project.mine") + " · Film Factory";
    }
}
