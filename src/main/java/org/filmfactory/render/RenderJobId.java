package org.filmfactory.render;

import java.util.Objects;
import java.util.UUID;
import org.filmfactory.project.NotAllowed;
import org.filmfactory.project.Permission;

/** Identity of a render on the work queue (the queue's job id). Ids that come from a URL or the browser go through {@link #parse}. */
public record RenderJobId(UUID value) {

    public RenderJobId {
        Objects.requireNonNull(value, "RenderJobId");
    }

    public static RenderJobId random() {
        return new RenderJobId(UUID.randomUUID());
    }

    /** A malformed id from the browser is answered like an unknown one: no access. */
    public static RenderJobId parse(String text) {
        if (text.length() > 36) {
            throw new NotAllowed(Permission.VIEW);
        }
        try {
            return new RenderJobId(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException e) {
            throw new NotAllowed(Permission.VIEW);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
