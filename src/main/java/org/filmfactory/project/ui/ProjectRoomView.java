package org.filmfactory.project.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.filmfactory.account.CurrentUser;
import org.filmfactory.platform.Translations;
import org.filmfactory.platform.UserFacingException;
import org.filmfactory.platform.ui.Notices;
import org.filmfactory.project.Crew;
import org.filmfactory.project.InvitationService;
import org.filmfactory.project.Permission;
import org.filmfactory.project.ProjectAccess;
import org.filmfactory.project.ProjectFollower;
import org.filmfactory.project.ProjectGuide;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ProjectNavigation;
import org.filmfactory.project.ProjectSummary;
import org.filmfactory.project.RemovedMember;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/**
 * A project's room: what the project is, the next steps for the person's role, who is on its crew, and — for owners
 * — the invitation desk and the project's settings. A newcomer arriving from an invitation ({@code ?welcome}) is
 * greeted with what their role may do. The name, the person's role, who is here and the tabs are the
 * {@link ProjectShell}'s.
 * Everything here follows live updates from every node.
 */
@Route(value = "", layout = ProjectShell.class)
@PermitAll
class ProjectRoomView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ProjectManagement projects;
    private final Crew crew;
    private final InvitationService invitations;
    private final ProjectAccess access;
    private final ProjectFollower follower;
    private final CurrentUser currentUser;
    private final Translations translations;
    private final ProjectGuide guide;

    private final Div header = new Div();
    private final Div welcomeSlot = new Div();
    private final Div panelSlot = new Div();
    private final List<RoomPanel> panels;
    private final NextStepsPanel nextSteps;
    private final CrewPanel crewPanel = new CrewPanel();
    private final InvitationsPanel invitationsPanel = new InvitationsPanel();
    private @Nullable ProjectId projectId;
    private @Nullable ProjectSummary project;
    private @Nullable Registration following;

    ProjectRoomView(ProjectManagement projects, Crew crew, InvitationService invitations, ProjectAccess access,
            ProjectFollower follower, CurrentUser currentUser, Translations translations, ProjectGuide guide,
            ObjectProvider<RoomPanel> panels) {
        this.projects = projects;
        this.crew = crew;
        this.invitations = invitations;
        this.access = access;
        this.follower = follower;
        this.currentUser = currentUser;
        this.translations = translations;
        this.guide = guide;
        this.panels = panels.orderedStream().sorted(Comparator.comparingInt(RoomPanel::order)).toList();
        this.nextSteps = new NextStepsPanel(invitationsPanel::beginInvitation);
        addClassName("studio-page");
        setId("project-room");
        header.setId("project-about");
        panelSlot.setId("room-panels");
        add(welcomeSlot, header, nextSteps, panelSlot, crewPanel, invitationsPanel);
        crewPanel.addRoleChangeListener(e -> act(() -> crew.changeRole(id(), e.member, e.role)));
        crewPanel.addRemoveListener(e -> act(() -> offerUndo(crew.remove(id(), e.member), e.name)));
        invitationsPanel.addInviteListener(e -> invite());
        invitationsPanel.addRevokeListener(e -> act(() -> invitations.revoke(id(), e.invitation)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var entered = ProjectShell.enteredProject(event);
        try {
            project = projects.find(entered);
        } catch (UserFacingException refused) {
            Notices.error(translations.translate(getLocale(), refused.messageKey(), refused.arguments()));
            event.forwardTo(ProjectNavigation.toProjects());
            return;
        }
        var previous = projectId;
        projectId = entered;
        welcomeSlot.removeAll();
        if (event.getLocation().getQueryParameters().getParameters().containsKey(ProjectNavigation.WELCOME)) {
            welcomeSlot.add(new WelcomeNote(project.name(), project.myRole()));
        }
        render();
        if (!entered.equals(previous)) {
            // Also when the router reuses this view for another project.
            if (following != null) {
                following.remove();
            }
            following = follower.follow(this, entered, this::reload);
            panelSlot.removeAll();
            panels.forEach(panel -> panelSlot.add(panel.create(entered)));
        }
    }

    /** Re-reads the project; if the person lost access (removed, project deleted) they are sent to their list. */
    private void reload() {
        try {
            project = projects.find(id());
            render();
        } catch (UserFacingException gone) {
            Notices.error(translations.translate(getLocale(), gone.messageKey(), gone.arguments()));
            getUI().ifPresent(ui -> ui.navigate(ProjectNavigation.toProjects()));
        }
    }

    private void render() {
        var current = project;
        if (current == null) {
            return;
        }
        renderHeader(current);
        nextSteps.show(guide.nextSteps(id()), ProjectNavigation.toRoom(id()));
        crewPanel.show(crew.members(id()), access.can(id(), Permission.MANAGE_MEMBERS));
        invitationsPanel.setVisible(access.can(id(), Permission.INVITE));
        showInvitations();
    }

    private void renderHeader(ProjectSummary current) {
        header.removeAll();
        var about = new HorizontalLayout();
        about.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (current.archived()) {
            var archived = new Span(getTranslation("project.archived"));
            archived.setId("project-archived");
            archived.getElement().getThemeList().add("badge contrast");
            about.add(archived);
        }
        var meta = new Span(getTranslation("language." + current.language().name().toLowerCase(Locale.ROOT)) + " · "
                + current.format());
        meta.addClassName("studio-muted");
        about.add(meta);
        header.add(new Paragraph(current.logline()), about, actions(current));
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
            getUI().ifPresent(ui -> ui.navigate(ProjectNavigation.toProjects()));
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
                    getUI().ifPresent(ui -> ui.navigate(ProjectNavigation.toProjects()));
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
                var base = page.substring(0, page.indexOf(ProjectNavigation.toRoom(id())));
                invitationsPanel.showIssued(base + issued.path(), note);
            }));
            invitationsPanel.email.clear();
        });
    }

    /** A removal happens at once; the notice that says so can take it back, with the same role as before. */
    private void offerUndo(RemovedMember removed, String name) {
        var notice = new Notification();
        notice.setDuration(10_000);
        notice.setPosition(Notification.Position.BOTTOM_END);
        notice.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
        notice.addClassName("studio-notice");
        var undo = new Button(getTranslation("crew.undo"), e -> {
            notice.close();
            act(() -> {
                crew.reinstate(removed);
                Notices.success(getTranslation("crew.reinstated", name, getTranslation(removed.role().key())));
            });
        });
        undo.setId("undo-remove");
        undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_CONTRAST);
        var text = new Span(getTranslation("crew.removed", name) + " ");
        notice.add(text, undo);
        notice.open();
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
