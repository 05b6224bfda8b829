package org.filmfactory.project.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.format.FormatStyle;
import org.filmfactory.platform.ui.StudioTime;
import org.filmfactory.account.CurrentUser;
import org.filmfactory.platform.UserFacingException;
import org.filmfactory.project.InvitationService;
import org.filmfactory.project.InvitationStatus;

/**
 * Where an invitation link lands. Anyone with the link sees what it offers; a signed-in person accepts it, a
 * signed-out one signs in (and comes back to accept) or signs up first.
 */
@Route(value = "join/:token", autoLayout = false)
@AnonymousAllowed
class JoinView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final InvitationService invitations;
    private final CurrentUser currentUser;

    JoinView(InvitationService invitations, CurrentUser currentUser) {
        this.invitations = invitations;
        this.currentUser = currentUser;
        addClassName("studio-auth");
        setId("join-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1("Film Factory"));
        var token = event.getRouteParameters().get("token").orElse("");
        try {
            var preview = invitations.preview(token);
            var expires = StudioTime.format(preview.expiresAt(), FormatStyle.MEDIUM, FormatStyle.MEDIUM);
            var offer = new Paragraph(getTranslation("invitation.offer", preview.invitedBy(), preview.projectName(),
                    getTranslation(preview.role().key())));
            offer.setId("invitation-offer");
            add(offer, new RoleAbilities(preview.role()));
            if (preview.status() != InvitationStatus.OPEN) {
                add(problem(getTranslation("invitation.error." + preview.status().name().toLowerCase(java.util.Locale.ROOT))));
                return;
            }
            add(new Paragraph(getTranslation("invitation.expires", expires + " UTC")));
            add(actions(token));
        } catch (UserFacingException unusable) {
            add(problem(getTranslation(unusable.messageKey())));
        }
    }

    private HorizontalLayout actions(String token) {
        var accept = "join/" + token + "/accept";
        if (currentUser.find().isPresent()) {
            var join = new Button(getTranslation("invitation.accept"), e -> e.getSource().getUI()
                    .ifPresent(ui -> ui.navigate(accept)));
            join.setId("accept-invitation");
            join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            return new HorizontalLayout(join);
        }
        // Opening the accept page while signed out sends the person through sign-in and back again.
        var signIn = new Button(getTranslation("invitation.sign-in"), e -> e.getSource().getUI()
                .ifPresent(ui -> ui.getPage().setLocation(accept)));
        signIn.setId("invitation-sign-in");
        signIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var signUp = new Button(getTranslation("invitation.sign-up"), e -> e.getSource().getUI()
                .ifPresent(ui -> ui.navigate("signup", QueryParameters.of("continue", accept))));
        signUp.setId("invitation-sign-up");
        return new HorizontalLayout(signIn, signUp);
    }

    private static Paragraph problem(String text) {
        var p = new Paragraph(text);
        p.setId("invitation-problem");
        p.getStyle().set("color", "var(--lumo-error-text-color)");
        return p;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("invitation.title") + " · Film Factory";
    }
}
