package org.filmfactory.project.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.time.format.FormatStyle;
import java.util.List;
import org.filmfactory.platform.ui.StudioTime;
import org.filmfactory.project.InvitationId;
import org.filmfactory.project.InvitationStatus;
import org.filmfactory.project.InvitationSummary;
import org.filmfactory.project.ProjectRole;

/**
 * The owner's invitation desk: pick a role (and optionally an e-mail), get a link to share, see who invited whom
 * and what became of each link, revoke open ones.
 */
class InvitationsPanel extends Div {

    final Select<ProjectRole> role = new Select<>();
    final EmailField email = new EmailField();
    final Button create = new Button();
    final TextField link = new TextField();
    private final Span mailStatus = new Span();
    private final Div rows = new Div();

    InvitationsPanel() {
        setId("invitations");
        role.setLabel(getTranslation("invitation.role"));
        role.setItems(ProjectRole.values());
        role.setItemLabelGenerator(r -> getTranslation(r.key()));
        role.setValue(ProjectRole.WRITER);
        role.setId("invite-role");
        email.setLabel(getTranslation("invitation.email"));
        email.setHelperText(getTranslation("invitation.email-help"));
        email.setId("invite-email");
        create.setText(getTranslation("invitation.create"));
        create.setId("invite-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> fireEvent(new InviteEvent(this)));
        var form = new HorizontalLayout(role, email, create);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        link.setReadOnly(true);
        link.setWidthFull();
        link.setId("invite-link");
        link.setLabel(getTranslation("invitation.link"));
        link.setVisible(false);
        link.addClassName("studio-link-box");
        var copy = new Button(VaadinIcon.COPY.create());
        copy.setAriaLabel(getTranslation("invitation.copy"));
        copy.setTooltipText(getTranslation("invitation.copy"));
        copy.addClickListener(e -> link.getElement().executeJs(
                "navigator.clipboard && navigator.clipboard.writeText($0)", link.getValue()));
        link.setSuffixComponent(copy);
        mailStatus.setId("invite-mail-status");
        mailStatus.addClassName("studio-muted");
        rows.setId("invitation-list");
        add(new H3(getTranslation("invitation.heading")), form, link, mailStatus, rows);
    }

    void showIssued(String absoluteLink, String mailNote) {
        link.setValue(absoluteLink);
        link.setVisible(true);
        mailStatus.setText(mailNote);
    }

    void show(List<InvitationSummary> invitations) {
        rows.removeAll();
        for (var invitation : invitations) {
            var text = getTranslation("invitation.row", invitation.invitedBy(), getTranslation(invitation.role().key()),
                    invitation.email() == null ? "—" : invitation.email(), StudioTime.format(invitation.expiresAt(), FormatStyle.SHORT, FormatStyle.SHORT));
            var status = new Span(getTranslation(invitation.status().key())
                    + (invitation.acceptedBy() == null ? "" : " · " + invitation.acceptedBy()));
            status.getElement().getThemeList().add("badge");
            status.addClassName("invitation-status");
            var row = new HorizontalLayout(new Span(text), status);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            row.setId("invitation-" + invitation.id());
            if (invitation.status() == InvitationStatus.OPEN) {
                var revoke = new Button(getTranslation("invitation.revoke"),
                        e -> fireEvent(new RevokeEvent(this, invitation.id())));
                revoke.setId("revoke-" + invitation.id());
                revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                row.add(revoke);
            }
            rows.add(row);
        }
    }

    Registration addInviteListener(ComponentEventListener<InviteEvent> listener) {
        return addListener(InviteEvent.class, listener);
    }

    Registration addRevokeListener(ComponentEventListener<RevokeEvent> listener) {
        return addListener(RevokeEvent.class, listener);
    }

    static final class InviteEvent extends ComponentEvent<InvitationsPanel> {
        InviteEvent(InvitationsPanel source) {
            super(source, false);
        }
    }

    static final class RevokeEvent extends ComponentEvent<InvitationsPanel> {
        final InvitationId invitation;

        RevokeEvent(InvitationsPanel source, InvitationId invitation) {
            super(source, false);
            this.invitation = invitation;
        }
    }

    /** Brings the invitation desk into view and puts the cursor in the e-mail field (the room's "invite" step). */
    void beginInvitation() {
        scrollIntoView();
        email.focus();
    }
}
