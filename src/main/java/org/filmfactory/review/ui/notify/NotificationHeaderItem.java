package org.filmfactory.review.ui.notify;

import com.vaadin.flow.component.Component;
import org.filmfactory.platform.ui.HeaderItem;
import org.filmfactory.review.Notifications;
import org.springframework.core.annotation.Order;

/** Puts the notification bell into the header of every signed-in screen. */
@org.springframework.stereotype.Component
@Order(100)
class NotificationHeaderItem implements HeaderItem {

    private final Notifications notifications;

    NotificationHeaderItem(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public Component create() {
        return new NotificationBell(notifications);
    }
}
