package org.filmfactory.project.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RoutePrefix;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.filmfactory.platform.UserFacingException;
import org.filmfactory.platform.ui.MainLayout;
import org.filmfactory.platform.ui.StudioLinks;
import org.filmfactory.project.PresenceAvatars;
import org.filmfactory.project.ProjectFollower;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ProjectNavigation;
import org.filmfactory.project.ProjectSection;
import org.filmfactory.project.ProjectSummary;
import org.jspecify.annotations.Nullable;

/**
 * The frame of every project screen (room, script, shots, history, and the sections still to come): the project's
 * name, the person's role, who is here, and one tab per section. It is the one place where {@code :projectId} is
 * read: a malformed id, an unknown project or one the person is not on ends here with a translated refusal in the
 * studio frame ({@link ProjectRefusedView}), before any section sees it. Sections get the checked id from
 * {@link #enteredProject}.
 *
 * <p>Sections are screens of other modules; they use this as their {@code layout} and route relative to it
 * ({@code @Route(value = "script", layout = ProjectShell.class)}), and list themselves as {@link ProjectSection}
 * beans for the tabs. On a phone the tabs scroll sideways and the avatars collapse ({@code studio.css}).
 */
@RoutePrefix("projects/:" + ProjectNavigation.PROJECT_ID)
@ParentLayout(MainLayout.class)
@PermitAll
public class ProjectShell extends Div implements RouterLayout, BeforeEnterObserver {

    private final ProjectManagement projects;
    private final ProjectFollower follower;
    private final PresenceAvatars presenceAvatars;
    private final List<ProjectSection> sections;
    private final Div header = new Div();
    private final H2 name = new H2();
    private final Span role = new Span();
    private final Div presenceSlot = new Div();
    private final Nav tabs = new Nav();
    private final Div content = new Div();
    private @Nullable ProjectId projectId;
    private @Nullable Registration following;
    private String currentTab = "";

    ProjectShell(ProjectManagement projects, ProjectFollower follower, PresenceAvatars presenceAvatars,
            List<ProjectSection> sections) {
        this.projects = projects;
        this.follower = follower;
        this.presenceAvatars = presenceAvatars;
        this.sections = sections.stream().sorted(Comparator.comparingInt(ProjectSection::order)).toList();
        addClassName("project-shell");
        setId("project-shell");
        header.setId("project-header");
        header.addClassName("project-header");
        name.setId("project-name");
        name.addClassName("project-name");
        role.setId("my-role");
        role.getElement().getThemeList().add("badge");
        presenceSlot.addClassName("project-presence");
        tabs.setId("project-tabs");
        tabs.addClassName("project-tabs");
        tabs.getElement().setAttribute("aria-label", getTranslation("project.tabs"));
        var title = new Div(name, role);
        title.addClassName("project-title");
        header.add(title, presenceSlot, tabs);
        content.addClassName("project-content");
        add(header, content);
    }

    /**
     * The project the shell has checked for this navigation; for a section's {@code beforeEnter}, which runs after
     * the shell's.
     */
    public static ProjectId enteredProject(BeforeEnterEvent event) {
        return Objects.requireNonNull(ComponentUtil.getData(event.getUI(), ProjectId.class),
                "a project section entered without its ProjectShell");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ProjectId id;
        ProjectSummary project;
        try {
            id = ProjectId.parse(event.getRouteParameters().get(ProjectNavigation.PROJECT_ID).orElse(""));
            project = projects.find(id);
        } catch (UserFacingException refused) {
            ComponentUtil.setData(event.getUI(), ProjectId.class, null);
            event.rerouteToError(new ProjectRefused(refused), "");
            return;
        }
        ComponentUtil.setData(event.getUI(), ProjectId.class, id);
        show(project, sectionOf(event.getLocation().getPath(), id));
        if (!id.equals(projectId)) {
            projectId = id;
            if (following != null) {
                following.remove();
            }
            following = follower.follow(this, id, this::reload);
            presenceSlot.removeAll();
            presenceSlot.add(presenceAvatars.avatars(id, "project"));
        }
    }

    private void reload() {
        var id = projectId;
        if (id == null) {
            return;
        }
        try {
            show(projects.find(id), currentTab);
        } catch (UserFacingException gone) {
            // Removed from the crew, or the project deleted: the section below says so; the header keeps its text.
            role.setVisible(false);
        }
    }

    private void show(ProjectSummary project, String tab) {
        currentTab = tab;
        name.setText(project.name());
        role.setVisible(true);
        role.setText(getTranslation(project.myRole().key()));
        role.getElement().setAttribute("data-role", project.myRole().name());
        tabs.removeAll();
        tabs.add(tab(ProjectNavigation.toRoom(project.id()), getTranslation("project.room"), "room", tab));
        for (var section : sections) {
            if (!project.myRole().allows(section.shownWith())) {
                continue;
            }
            tabs.add(tab(section.path(project.id()), getTranslation(section.titleKey()), section.path(project.id()),
                    tab));
        }
    }

    private static com.vaadin.flow.component.html.Anchor tab(String route, String text, String key, String current) {
        var link = StudioLinks.to(route, text);
        link.addClassName("project-tab");
        link.getElement().setAttribute("data-section", key);
        if (key.equals(current)) {
            link.getElement().setAttribute("aria-current", "page");
        }
        return link;
    }

    /** Which tab the path belongs to: the longest section path it starts with, else the room. */
    private String sectionOf(String path, ProjectId id) {
        return sections.stream().map(section -> section.path(id))
                .filter(sectionPath -> path.equals(sectionPath) || path.startsWith(sectionPath + "/"))
                .max(Comparator.comparingInt(String::length)).orElse("room");
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.getElement().appendChild(view.getElement());
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        content.getElement().removeAllChildren();
    }
}
