package org.filmfactory.render;

import java.util.Objects;
import java.util.UUID;
import org.filmfactory.project.NotAllowed;
import org.filmfactory.project.Permission;

/** Identity of a rendered film. Ids that come from a URL or the browser go through {@link #parse}. */
public record FilmId(UUID value) {

    public FilmId {
        Objects.requireNonNull(value, "FilmId");
    }

    public static FilmId random() {
        return new FilmId(UUID.randomUUID());
    }

    /** A malformed id from the browser is answered like an unknown one: no access. */
    public static FilmId parse(String text) {
        if (text.length() > 36) {
            throw new NotAllowed(Permission.VIEW);
        }
        try {
            return new FilmId(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException e) {
            throw new NotAllowed(Permission.VIEW);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
