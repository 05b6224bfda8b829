package org.filmfactory.screenplay;

import java.time.Instant;
import org.filmfactory.project.ProjectId;
import org.jspecify.annotations.Nullable;

/**
 * A project's screenplay as one member opens it.
 *
 * @param revision the revision this text is; a save must name it as its base (0 for a project without a script)
 * @param revisedBy who saved this revision, or null for none yet
 * @param editable whether the person may save (their role allows editing the script)
 */
public record ScriptDraft(ProjectId projectId, String text, long revision, @Nullable String revisedBy,
        @Nullable Instant revisedAt, boolean editable) {
}
