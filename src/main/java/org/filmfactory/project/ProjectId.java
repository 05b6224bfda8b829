package org.filmfactory.project;

import java.util.Objects;
import java.util.UUID;

/** A project's identity. Ids that come from outside go through {@link #parse}, which never throws anything raw. */
public record ProjectId(UUID value) {

    public ProjectId {
        Objects.requireNonNull(value, "project id");
    }

    public static ProjectId random() {
        return new ProjectId(UUID.randomUUID());
    }

    /** A malformed id from a URL or form is answered like an unknown project: no access. */
    public static ProjectId parse(String text) {
        if (text.length() > 36) {
            throw new NotAllowed(Permission.VIEW);
        }
        try {
            return new ProjectId(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException e) {
            throw new NotAllowed(Permission.VIEW);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
