package org.filmfactory.review;

import java.util.Objects;
import java.util.UUID;
import org.filmfactory.project.NotAllowed;
import org.filmfactory.project.Permission;

/** One notification's identity. */
public record NotificationId(UUID value) {

    public NotificationId {
        Objects.requireNonNull(value, "notification id");
    }

    public static NotificationId random() {
        return new NotificationId(UUID.randomUUID());
    }

    /** A malformed id from the browser is answered like someone else's notification: no access. */
    public static NotificationId parse(String text) {
        if (text.length() > 36) {
            throw new NotAllowed(Permission.VIEW);
        }
        try {
            return new NotificationId(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException e) {
            throw new NotAllowed(Permission.VIEW);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
