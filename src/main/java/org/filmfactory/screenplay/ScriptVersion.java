package org.filmfactory.screenplay;

import java.time.Instant;
import org.filmfactory.project.ProjectId;
import org.jspecify.annotations.Nullable;

/**
 * A kept version of a project's screenplay: a named one ("Draft 2 for the client") or an automatic one, made while
 * people write and before every restore.
 *
 * @param revision the script revision whose text this version holds
 * @param name the name someone gave it; null exactly when {@code automatic}
 * @param createdBy the display name of who named it; for an automatic version, of whoever was changing the script
 *     when it was kept (the last writer, or who restored another version over it); null when not known
 */
public record ScriptVersion(ScriptVersionId id, ProjectId projectId, long revision, @Nullable String name,
        @Nullable String createdBy, Instant createdAt, boolean automatic) {

    public ScriptVersion {
        if (automatic != (name == null)) {
            throw new IllegalArgumentException("a version is automatic exactly when it has no name");
        }
    }
}
