package org.filmfactory.collab.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import org.filmfactory.account.CurrentUser;
import org.filmfactory.collab.LiveFollower;
import org.filmfactory.collab.LiveUpdate;
import org.filmfactory.collab.Presence;
import org.filmfactory.project.ProjectId;
import org.jspecify.annotations.Nullable;

/**
 * Avatars of everyone who has the project open now: initials, and each person's own colour. While attached it
 * holds the signed-in person's presence ticket (with a goodbye when the tab closes) and follows arrivals and
 * departures on every node. On a phone only the first few avatars show (see {@code studio.css}).
 */
class PresenceBar extends Div {

    private final ProjectId projectId;
    private final String place;
    private final Presence presence;
    private final CurrentUser currentUser;
    private Presence.@Nullable Ticket ticket;
    private @Nullable Registration heartbeats;

    PresenceBar(ProjectId projectId, String place, Presence presence, CurrentUser currentUser,
            LiveFollower follower) {
        this.projectId = projectId;
        this.place = place;
        this.presence = presence;
        this.currentUser = currentUser;
        setId("presence-bar");
        addClassName("presence-bar");
        follower.follow(this, projectId, update -> {
            if (update instanceof LiveUpdate.PresenceChanged) {
                show();
            }
        });
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        if (ticket == null) {
            var entered = presence.enter(projectId, currentUser.require(), place);
            ticket = entered;
            // A browser that crashed or sleeps sends no more heartbeats: its person leaves within half a minute.
            heartbeats = event.getUI().addHeartbeatListener(beat -> entered.stillHere());
            // A closing tab says goodbye at once; otherwise the server would notice only minutes later.
            getElement().executeJs("const ticket = $0; window.addEventListener('pagehide', () =>"
                    + " navigator.sendBeacon(new URL('presence-beacon', document.baseURI), ticket), {once: true});",
                    ticket.id());
        }
        show();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (heartbeats != null) {
            heartbeats.remove();
            heartbeats = null;
        }
        if (ticket != null) {
            ticket.close();
            ticket = null;
        }
        super.onDetach(event);
    }

    private void show() {
        removeAll();
        var attendees = presence.attendees(projectId);
        getElement().setAttribute("data-count", String.valueOf(attendees.size()));
        var label = new Span(getTranslation("presence.here"));
        label.addClassName("studio-muted");
        label.addClassName("presence-label");
        add(label);
        for (var attendee : attendees) {
            var avatar = new Avatar(attendee.displayName());
            avatar.setColorIndex(attendee.colorIndex());
            avatar.setTooltipEnabled(true);
            avatar.getElement().setAttribute("data-user", attendee.userId().toString());
            avatar.addClassName("presence-avatar");
            add(avatar);
        }
        var more = new Span("+" + Math.max(0, attendees.size() - 3));
        more.addClassName("presence-more");
        more.setVisible(attendees.size() > 3);
        add(more);
    }
}
