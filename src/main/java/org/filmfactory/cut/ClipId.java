package org.filmfactory.cut;

import java.util.Objects;
import java.util.UUID;
import org.filmfactory.project.NotAllowed;
import org.filmfactory.project.Permission;

/** Identity of a clip in a project's cut. Ids that come from a URL or the browser go through {@link #parse}. */
public record ClipId(UUID value) {

    public ClipId {
        Objects.requireNonNull(value, "ClipId");
    }

    public static ClipId random() {
        return new ClipId(UUID.randomUUID());
    }

    /** A malformed id from the browser is answered like an unknown one: no access. */
    public static ClipId parse(String text) {
        if (text.length() > 36) {
            throw new NotAllowed(Permission.VIEW);
        }
        try {
            return new ClipId(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException e) {
            throw new NotAllowed(Permission.VIEW);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
