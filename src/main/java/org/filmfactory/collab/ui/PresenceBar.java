package org.filmfactory.collab.ui;

import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.filmfactory.collab.Attendee;

/** Avatars of everyone who has the project open now: initials, and each person's own colour. */
class PresenceBar extends Div {

    PresenceBar() {
        setId("presence-bar");
        addClassName("presence-bar");
        getStyle().set("display", "flex").set("gap", "var(--lumo-space-xs)").set("align-items", "center");
    }

    void show(List<Attendee> attendees) {
        removeAll();
        var label = new Span(getTranslation("presence.here"));
        label.addClassName("studio-muted");
        add(label);
        for (var attendee : attendees) {
            var avatar = new Avatar(attendee.displayName());
            avatar.setColorIndex(attendee.colorIndex());
            avatar.setTooltipEnabled(true);
            avatar.getElement().setAttribute("data-user", attendee.userId().toString());
            avatar.addClassName("presence-avatar");
            add(avatar);
        }
    }
}
