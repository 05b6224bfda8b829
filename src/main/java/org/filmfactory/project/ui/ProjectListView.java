package org.filmfactory.project.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import org.filmfactory.platform.Translations;
import org.filmfactory.project.InvalidProjectDetails;
import org.filmfactory.project.ProjectFollower;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ProjectNavigation;
import org.filmfactory.project.ProjectOrder;

/**
 * "My projects": a card for every project the signed-in person is on — name, role, crew size, last change — found
 * by name and ordered by last change or name. It reads one page of cards at a time ("Show more" reads the next), so
 * hundreds of projects cost no more than a page; it follows crew changes live.
 */
@Route("")
@Menu(title = "menu.projects", order = 0, icon = "vaadin:film")
@PermitAll
class ProjectListView extends Div implements HasDynamicTitle {

    static final int PAGE = 30;

    private final ProjectManagement projects;
    private final Translations translations;
    private final Div list = new Div();
    private final TextField search = new TextField();
    private final Select<ProjectOrder> order = new Select<>();
    private final Button more = new Button();
    private int shown;

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
        search.setId("project-search");
        search.setPlaceholder(getTranslation("projects.search"));
        search.setAriaLabel(getTranslation("projects.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        order.setId("project-sort");
        order.setItems(ProjectOrder.values());
        order.setItemLabelGenerator(o -> getTranslation("projects.sort." + o.name().toLowerCase(Locale.ROOT)));
        order.setValue(ProjectOrder.LAST_CHANGE);
        order.setAriaLabel(getTranslation("projects.sort"));
        order.addValueChangeListener(e -> refresh());
        var tools = new HorizontalLayout(search, order);
        tools.addClassName("project-tools");
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        tools.getStyle().set("flex-wrap", "wrap");
        list.setId("project-list");
        list.addClassName("project-cards");
        // Cards side by side as far as the width allows, one column on a phone.
        list.getStyle().set("display", "grid").set("gap", "var(--lumo-space-s)")
                .set("grid-template-columns", "repeat(auto-fill, minmax(min(20rem, 100%), 1fr))")
                .set("margin-top", "var(--lumo-space-s)");
        more.setId("project-more");
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        more.addClickListener(e -> showMore());
        add(header, tools, list, more);
        refresh();
        // A change anywhere re-reads as many cards as are shown, so "Show more" is not undone under the reader.
        follower.followAll(this, () -> read(Math.max(PAGE, shown)));
    }

    /** Starts again from the first page, as asked now (search, order). */
    private void refresh() {
        read(PAGE);
    }

    private void read(int cards) {
        list.removeAll();
        shown = 0;
        showMore(cards);
    }

    private void showMore() {
        showMore(PAGE);
    }

    private void showMore(int cards) {
        var query = search.getValue();
        var page = projects.mine(query, order.getValue(), shown, cards);
        page.forEach(project -> list.add(new ProjectCard(project)));
        shown += page.size();
        int total = projects.countMine(query);
        if (total == 0) {
            list.add(new Paragraph(query.isBlank() ? getTranslation("project.none")
                    : getTranslation("projects.no-match", query.strip())));
        }
        more.setText(getTranslation("projects.more", total - shown));
        more.setVisible(shown < total);
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
