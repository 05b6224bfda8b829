package org.filmfactory.breakdown;

import java.util.Objects;
import java.util.UUID;
import org.filmfactory.project.NotAllowed;
import org.filmfactory.project.Permission;

/**
 * A scene's identity in the breakdown. It stays the same while the scene is rewritten, renamed or moved; see
 * {@code docs/breakdown-rules.md} for when a rewritten scene counts as the same scene.
 */
public record SceneId(UUID value) {

    public SceneId {
        Objects.requireNonNull(value, "scene id");
    }

    /** A malformed id from a URL or form is answered like an unknown scene: no access. */
    public static SceneId parse(String text) {
        if (text.length() > 36) {
            throw new NotAllowed(Permission.VIEW);
        }
        try {
            return new SceneId(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException e) {
            throw new NotAllowed(Permission.VIEW);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
