package org.filmfactory.platform.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** The studio's short messages in the corner: what worked, what did not. */
public final class Notices {

    private static final int SHORT_MS = 3000;
    private static final int LONG_MS = 6000;

    private Notices() {
    }

    public static Notification success(String text) {
        return show(text, NotificationVariant.LUMO_SUCCESS, SHORT_MS);
    }

    public static Notification error(String text) {
        return show(text, NotificationVariant.LUMO_ERROR, LONG_MS);
    }

    private static Notification show(String text, NotificationVariant variant, int durationMs) {
        var notification = Notification.show(text, durationMs, Notification.Position.BOTTOM_END);
        notification.addThemeVariants(variant);
        notification.addClassName("studio-notice");
        return notification;
    }
}
