package org.filmfactory.review;

import java.util.Objects;
import java.util.UUID;
import org.filmfactory.project.NotAllowed;
import org.filmfactory.project.Permission;

/** A comment's identity (a thread is known by its first comment's id). */
public record CommentId(UUID value) {

    public CommentId {
        Objects.requireNonNull(value, "comment id");
    }

    public static CommentId random() {
        return new CommentId(UUID.randomUUID());
    }

    /** A malformed id from a URL or the browser is answered like an unknown comment: no access. */
    public static CommentId parse(String text) {
        if (text.length() > 36) {
            throw new NotAllowed(Permission.VIEW);
        }
        try {
            return new CommentId(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException e) {
            throw new NotAllowed(Permission.VIEW);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
