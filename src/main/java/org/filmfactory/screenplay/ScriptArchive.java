package org.filmfactory.screenplay;

import java.util.Optional;
import org.filmfactory.project.ProjectId;
import org.filmfactory.screenplay.internal.StoredScripts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The latest saved screenplay of a project, for listeners that react to {@link ScreenplayRevised} after commit and
 * so run without a signed-in person. There is no permission check: never call it on a person's behalf (from a view
 * or a request) — people read the script through {@link ScriptEditing#open}, which checks their role.
 */
@Service
@Transactional(readOnly = true)
public class ScriptArchive {

    private final StoredScripts scripts;

    ScriptArchive(StoredScripts scripts) {
        this.scripts = scripts;
    }

    /** The project's latest revision, or empty when it has no saved script. */
    public Optional<ScriptRevision> latest(ProjectId projectId) {
        return scripts.findById(projectId.value())
                .map(script -> new ScriptRevision(projectId, script.revision(), script.text()));
    }
}
