package org.filmfactory.project.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.filmfactory.platform.UserFacingException;
import org.filmfactory.project.InvitationService;
import org.filmfactory.project.ProjectNavigation;

/**
 * Accepts an invitation for the signed-in person and opens the project. Needs a signed-in person, so a signed-out
 * visitor is taken through sign-in and brought back here.
 */
@Route(value = "join/:token/accept", autoLayout = false)
@PermitAll
class AcceptInvitationView extends Div implements BeforeEnterObserver {

    private final InvitationService invitations;

    AcceptInvitationView(InvitationService invitations) {
        this.invitations = invitations;
        addClassName("studio-auth");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var token = event.getRouteParameters().get("token").orElse("");
        try {
            var joined = invitations.accept(token);
            add(new Paragraph(getTranslation(joined.alreadyMember() ? "invitation.already-member" : "invitation.joined")));
            // A full load of the project page, so the address bar shows the project and not the used-up link.
            // A newcomer is greeted there with what their role may do.
            event.getUI().getPage().setLocation(joined.alreadyMember() ? ProjectNavigation.toRoom(joined.projectId())
                    : ProjectNavigation.toWelcome(joined.projectId()));
        } catch (UserFacingException refused) {
            var text = new Paragraph(getTranslation(refused.messageKey()));
            text.setId("invitation-problem");
            add(text);
        }
    }
}
