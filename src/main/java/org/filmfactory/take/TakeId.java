package org.filmfactory.take;

import java.util.Objects;
import java.util.UUID;
import org.filmfactory.project.NotAllowed;
import org.filmfactory.project.Permission;

/** A take's identity. Ids that come from a URL or form go through {@link #parse}. */
public record TakeId(UUID value) {

    public TakeId {
        Objects.requireNonNull(value, "take id");
    }

    public static TakeId random() {
        return new TakeId(UUID.randomUUID());
    }

    /** A malformed id from a URL or form is answered like an unknown take: no access. */
    public static TakeId parse(String text) {
        if (text.length() > 36) {
            throw new NotAllowed(Permission.VIEW);
        }
        try {
            return new TakeId(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException e) {
            throw new NotAllowed(Permission.VIEW);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
