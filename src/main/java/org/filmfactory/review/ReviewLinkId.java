package org.filmfactory.review;

import java.util.Objects;
import java.util.UUID;
import org.filmfactory.project.NotAllowed;
import org.filmfactory.project.Permission;

/** A review link's identity (not its secret: the id never opens anything). */
public record ReviewLinkId(UUID value) {

    public ReviewLinkId {
        Objects.requireNonNull(value, "review link id");
    }

    /** A malformed id from the browser is answered like an unknown link: no access. */
    public static ReviewLinkId parse(String text) {
        if (text.length() > 36) {
            throw new NotAllowed(Permission.APPROVE);
        }
        try {
            return new ReviewLinkId(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException e) {
            throw new NotAllowed(Permission.APPROVE);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
