package org.filmfactory.breakdown;

import java.util.Objects;
import java.util.UUID;
import org.filmfactory.project.NotAllowed;
import org.filmfactory.project.Permission;

/**
 * A shot's identity. Takes, comments and approvals hang on it, so it never moves to another shot: it stays while
 * text above or inside its scene changes, and goes only with the script text the shot stands for (unless a
 * director has shaped the shot, which keeps it). The matching rule is in {@code docs/breakdown-rules.md}.
 */
public record ShotId(UUID value) {

    public ShotId {
        Objects.requireNonNull(value, "shot id");
    }

    /** A malformed id from a URL or form is answered like an unknown shot: no access. */
    public static ShotId parse(String text) {
        if (text.length() > 36) {
            throw new NotAllowed(Permission.VIEW);
        }
        try {
            return new ShotId(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException e) {
            throw new NotAllowed(Permission.VIEW);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
