package org.filmfactory.collab.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Locale;
import org.filmfactory.account.CurrentUser;
import org.filmfactory.collab.LiveFollower;
import org.filmfactory.collab.LiveUpdate;
import org.filmfactory.collab.Presence;
import org.filmfactory.collab.ProjectSection;
import org.filmfactory.platform.Translations;
import org.filmfactory.platform.UserFacingException;
import org.filmfactory.platform.ui.Notices;
import org.filmfactory.platform.ui.StudioLinks;
import org.filmfactory.project.Crew;
import org.filmfactory.project.InvitationService;
import org.filmfactory.project.Permission;
import org.filmfactory.project.ProjectAccess;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ProjectSummary;
import org.jspecify.annotations.Nullable;

/**
 * A project's room: what the project is, who is on its crew, who has it open right now, and — for owners — the
 * invitation desk and the project's settings. Everything here follows live updates from every node.
 */
@Route("projects/:projectId")
@PermitAll
class ProjectRoomView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ProjectManagement projects;
    private final Crew crew;
    private final InvitationService invitations;
    private final ProjectAccess access;
    private final LiveFollower follower;
    private final Presence presence;
    private final CurrentUser currentUser;
    private final Translations translations;

    private final List<ProjectSection> sections;
    private final Div header = new Div();
    private final PresenceBar presenceBar = new PresenceBar();
    private final CrewPanel crewPanel = new CrewPanel();
    private final InvitationsPanel invitationsPanel = new InvitationsPanel();
    private @Nullable ProjectId projectId;
    private @Nullable ProjectSummary project;
    private Presence.@Nullable Ticket ticket;
    private @Nullable Registration following;

    ProjectRoomView(ProjectManagement projects, Crew crew, InvitationService invitations, ProjectAccess access,
            LiveFollower follower, Presence presence, CurrentUser currentUser, Translations translations,
            List<ProjectSection> sections) {
        this.projects = projects;
        this.crew = crew;
        this.invitations = invitations;
        this.access = access;
        this.follower = follower;
        this.presence = presence;
        this.currentUser = currentUser;
        this.translations = translations;
        this.sections = sections.stream().sorted(java.util.Comparator.comparingInt(ProjectSection::order)).toList();
        addClassName("studio-page");
        setId("project-room");
        header.setId("project-header");
        add(header, presenceBar, crewPanel, invitationsPanel);
        crewPanel.addRoleChangeListener(e -> act(() -> crew.changeRole(id(), e.member, e.role)));
        crewPanel.addRemoveListener(e -> act(() -> crew.remove(id(), e.member)));
        invitationsPanel.addInviteListener(e -> invite());
        invitationsPanel.addRevokeListener(e -> act(() -> invitations.revoke(id(), e.invitation)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var previous = projectId;
        try {
            projectId = ProjectId.parse(event.getRouteParameters().get("projectId").orElse(""));
            project = projects.find(projectId);
        } catch (UserFacingException refused) {
            Notices.error(translations.translate(getLocale(), refused.messageKey(), refused.arguments()));
            event.forwardTo("");
            return;
        }
        render();
        if (!projectId.equals(previous)) {
            follow(projectId);
            if (isAttached()) {
                // The router reused this view for another project: leave the old one's room.
                leaveRoom();
                enterRoom();
            }
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        enterRoom();
    }

    private void enterRoom() {
        if (projectId != null && ticket == null) {
            ticket = presence.enter(projectId, currentUser.require(), "room");
            presenceBar.show(presence.attendees(projectId));
            // A closing tab says goodbye at once; otherwise the server would notice only minutes later.
            getElement().executeJs("const ticket = $0; window.addEventListener('pagehide', () =>"
                    + " navigator.sendBeacon(new URL('presence-beacon', document.baseURI), ticket), {once: true});",
                    ticket.id());
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        leaveRoom();
        super.onDetach(event);
    }

    private void leaveRoom() {
        if (ticket != null) {
            ticket.close();
            ticket = null;
        }
    }

    private void follow(ProjectId id) {
        if (following != null) {
            following.remove();
        }
        following = follower.follow(this, id, this::apply);
    }

    private void apply(LiveUpdate update) {
        switch (update) {
            case LiveUpdate.PresenceChanged presenceChanged -> presenceBar.show(presence.attendees(id()));
            case LiveUpdate.InvitationsChanged invitationsChanged -> showInvitations();
            case LiveUpdate.CrewChanged crewChanged -> reload();
            case LiveUpdate.ProjectChanged projectChanged -> reload();
            default -> {
                // The script and the shot list have their own screens.
            }
        }
    }

    /** Re-reads the project; if the person lost access (removed, project deleted) they are sent to their list. */
    private void reload() {
        try {
            project = projects.find(id());
            render();
        } catch (UserFacingException gone) {
            Notices.error(translations.translate(getLocale(), gone.messageKey(), gone.arguments()));
            getUI().ifPresent(ui -> ui.navigate(""));
        }
    }

    private void render() {
        var current = project;
        if (current == null) {
            return;
        }
        renderHeader(current);
        crewPanel.show(crew.members(id()), access.can(id(), Permission.MANAGE_MEMBERS));
        invitationsPanel.setVisible(access.can(id(), Permission.INVITE));
        showInvitations();
    }

    private void renderHeader(ProjectSummary current) {
        header.removeAll();
        var name = new H2(current.name());
        name.setId("project-name");
        var role = new Span(getTranslation(current.myRole().key()));
        role.setId("my-role");
        role.getElement().setAttribute("data-role", current.myRole().name());
        role.getElement().getThemeList().add("badge");
        var title = new HorizontalLayout(name, role);
        title.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (current.archived()) {
            var archived = new Span(getTranslation("project.archived"));
            archived.setId("project-archived");
            archived.getElement().getThemeList().add("badge contrast");
            title.add(archived);
        }
        var meta = new Span(getTranslation("language." + current.language().name().toLowerCase(Locale.ROOT)) + " · "
                + current.format());
        meta.addClassName("studio-muted");
        header.add(title, new Paragraph(current.logline()), meta, sectionLinks(), actions(current));
    }

    private HorizontalLayout sectionLinks() {
        var links = new HorizontalLayout();
        links.setId("project-sections");
        for (var section : sections) {
            var link = StudioLinks.to(section.path(id()), getTranslation(section.titleKey()));
            link.addClassName("project-section-link");
            links.add(link);
        }
        return links;
    }

    private HorizontalLayout actions(ProjectSummary current) {
        var bar = new HorizontalLayout();
        bar.setId("project-actions");
        boolean owner = access.can(id(), Permission.EDIT_PROJECT);
        var rename = new Button(getTranslation("project.rename"), e -> openRename(current));
        rename.setId("rename-project");
        var archive = new Button(getTranslation(current.archived() ? "project.restore" : "project.archive"),
                e -> act(() -> projects.archive(id(), !current.archived())));
        archive.setId("archive-project");
        var delete = new Button(getTranslation("project.delete"), e -> confirmDelete(current));
        delete.setId("delete-project");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        // Shown disabled rather than hidden so people see what exists; the services refuse regardless.
        rename.setEnabled(owner);
        archive.setEnabled(owner);
        delete.setEnabled(access.can(id(), Permission.DELETE_PROJECT));
        var leave = new Button(getTranslation("project.leave"), e -> act(() -> {
            crew.remove(id(), currentUser.requireId());
            getUI().ifPresent(ui -> ui.navigate(""));
        }));
        leave.setId("leave-project");
        leave.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        bar.add(rename, archive, delete, leave);
        return bar;
    }

    private void openRename(ProjectSummary current) {
        var dialog = new Dialog(getTranslation("project.rename"));
        var field = new TextField(getTranslation("project.name"));
        field.setValue(current.name());
        field.setMaxLength(120);
        field.setId("rename-field");
        field.setWidthFull();
        dialog.add(field);
        var save = new Button(getTranslation("action.save"), e -> {
            try {
                projects.rename(id(), field.getValue());
                dialog.close();
            } catch (UserFacingException refused) {
                field.setErrorMessage(translations.translate(getLocale(), refused.messageKey(), refused.arguments()));
                field.setInvalid(true);
            }
        });
        save.setId("rename-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
        field.focus();
    }

    private void confirmDelete(ProjectSummary current) {
        var confirm = new ConfirmDialog(getTranslation("project.delete"),
                getTranslation("project.delete-confirm", current.name()), getTranslation("project.delete"),
                e -> act(() -> {
                    projects.delete(id());
                    getUI().ifPresent(ui -> ui.navigate(""));
                }));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void invite() {
        act(() -> {
            var issued = invitations.invite(id(), invitationsPanel.role.getValue(), invitationsPanel.email.getValue());
            String note;
            if (issued.emailedTo() != null) {
                note = getTranslation("invitation.mailed", issued.emailedTo());
            } else if (issued.mailFailed()) {
                note = getTranslation("invitation.mail-failed");
            } else {
                note = getTranslation("invitation.share");
            }
            // The link is built from the address the browser used, so it works behind any proxy.
            getUI().ifPresent(ui -> ui.getPage().fetchCurrentURL(url -> {
                var page = url.toString();
                var base = page.substring(0, page.indexOf("projects/"));
                invitationsPanel.showIssued(base + issued.path(), note);
            }));
            invitationsPanel.email.clear();
        });
    }

    private void showInvitations() {
        if (access.can(id(), Permission.INVITE)) {
            invitationsPanel.show(invitations.list(id()));
        }
    }

    /** Runs a service call; a refusal is shown in the person's language and nothing else changes. */
    private void act(Runnable action) {
        try {
            action.run();
        } catch (UserFacingException refused) {
            Notices.error(translations.translate(getLocale(), refused.messageKey(), refused.arguments()));
            reload();
        }
    }

    private ProjectId id() {
        if (projectId == null) {
            throw new IllegalStateException("project room used before navigation");
        }
        return projectId;
    }

    @Override
    public String getPageTitle() {
        return (project == null ? "" : project.name() + " · ") + "Film Factory";
    }
}
