package org.filmfactory.project.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.filmfactory.platform.UserFacingException;
import org.filmfactory.platform.ui.Notices;
import org.filmfactory.project.InvitationService;

/**
 * Accepts an invitation for the signed-in person and opens the project. Needs a signed-in person, so a signed-out
 * visitor is taken through sign-in and brought back here.
 */
@Route(value = "join/:token/accept", autoLayout = false)
@PermitAll
class AcceptInvitationView extends Div implements BeforeEnterObserver {

    /** The project page's path; the page lives in the collab module, which this module may not depend on. */
    static final String PROJECT_PATH = "projects/";
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
            var project = PROJECT_PATH + joined.projectId();
            event.forwardTo(project);
            // The address bar shows the project, not the used-up link (a forward on first load keeps the old one).
            event.getUI().getPage().getHistory().replaceState(null, project);
            Notices.success(getTranslation(joined.alreadyMember() ? "invitation.already-member" : "invitation.joined"));
        } catch (UserFacingException refused) {
            var text = new Paragraph(getTranslation(refused.messageKey()));
            text.setId("invitation-problem");
            add(text);
        }
    }
}
