package org.filmfactory.cut;

import java.util.Objects;
import java.util.UUID;
import org.filmfactory.project.NotAllowed;
import org.filmfactory.project.Permission;

/** Identity of a saved version of a project's cut. Ids that come from a URL or the browser go through {@link #parse}. */
public record CutVersionId(UUID value) {

    public CutVersionId {
        Objects.requireNonNull(value, "CutVersionId");
    }

    public static CutVersionId random() {
        return new CutVersionId(UUID.randomUUID());
    }

    /** A malformed id from the browser is answered like an unknown one: no access. */
    public static CutVersionId parse(String text) {
        if (text.length() > 36) {
            throw new NotAllowed(Permission.VIEW);
        }
        try {
            return new CutVersionId(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException e) {
            throw new NotAllowed(Permission.VIEW);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
