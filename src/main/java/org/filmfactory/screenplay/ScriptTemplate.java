package org.filmfactory.screenplay;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.filmfactory.project.Permission;
import org.filmfactory.project.ProjectAccess;
import org.filmfactory.project.ProjectId;
import org.filmfactory.project.ProjectManagement;
import org.filmfactory.project.ScriptLanguage;
import org.springframework.stereotype.Service;

/**
 * A short scene to start an empty script from: a title page with the project's name, then a heading, action, cues,
 * a parenthetical, dialogue and a transition, in the project's language. Inserting it is an ordinary save by the
 * writer: every open editor receives it and the history keeps it as theirs.
 */
@Service
public class ScriptTemplate {

    private final ProjectAccess access;
    private final ProjectManagement projects;
    private final ScriptEditing editing;

    ScriptTemplate(ProjectAccess access, ProjectManagement projects, ScriptEditing editing) {
        this.access = access;
        this.projects = projects;
        this.editing = editing;
    }

    /** The template for a script in {@code language} titled {@code title}. */
    public static String text(ScriptLanguage language, String title) {
        var name = "screenplay/template/" + language.name().toLowerCase(Locale.ROOT) + ".fountain";
        try (var in = ScriptTemplate.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("script template missing from the build: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{title}", title);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Puts the template into the empty script as the revision after {@code baseRevision}.
     *
     * @return the script with the template
     * @throws org.filmfactory.project.NotAllowed for those who may not edit the script
     * @throws ScriptNotEmpty when the script has text; nothing changes
     * @throws ScriptChangedMeanwhile when {@code baseRevision} is no longer the current revision; nothing changes
     */
    public ScriptDraft insert(ProjectId projectId, long baseRevision) {
        access.require(projectId, Permission.EDIT_SCRIPT);
        if (!editing.open(projectId).text().isBlank()) {
            throw new ScriptNotEmpty();
        }
        var project = projects.find(projectId);
        return editing.save(projectId, baseRevision, text(project.language(), project.name()));
    }
}
