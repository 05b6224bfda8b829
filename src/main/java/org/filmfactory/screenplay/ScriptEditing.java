package org.filmfactory.screenplay;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.filmfactory.account.CurrentUser;
import org.filmfactory.account.UserDirectory;
import org.filmfactory.account.UserId;
import org.filmfactory.project.Permission;
import org.filmfactory.project.ProjectAccess;
import org.filmfactory.project.ProjectId;
import org.filmfactory.screenplay.internal.StoredScript;
import org.filmfactory.screenplay.internal.StoredScripts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading and saving a project's screenplay. Every member may read it; owners and writers may save. Saves are
 * ordered by revision: each names the revision it was based on, and one based on an older revision is refused
 * with {@link ScriptChangedMeanwhile} — it never overwrites someone else's newer work.
 */
@Service
@Transactional
public class ScriptEditing {

    private final ProjectAccess access;
    private final CurrentUser currentUser;
    private final UserDirectory directory;
    private final StoredScripts scripts;
    private final ScreenplaySettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ScriptEditing(ProjectAccess access, CurrentUser currentUser, UserDirectory directory, StoredScripts scripts,
            ScreenplaySettings settings, ApplicationEventPublisher events, Clock clock) {
        this.access = access;
        this.currentUser = currentUser;
        this.directory = directory;
        this.scripts = scripts;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ScriptDraft open(ProjectId projectId) {
        access.require(projectId, Permission.VIEW);
        var editable = access.can(projectId, Permission.EDIT_SCRIPT);
        return scripts.findById(projectId.value())
                .map(script -> draft(projectId, script, editable))
                .orElse(new ScriptDraft(projectId, "", 0, null, null, editable));
    }

    /**
     * Saves {@code text} as the next revision, if {@code baseRevision} is still the current one. Saving the same
     * text again changes nothing.
     */
    public ScriptDraft save(ProjectId projectId, long baseRevision, String text) {
        access.require(projectId, Permission.EDIT_SCRIPT);
        if (text.getBytes(StandardCharsets.UTF_8).length > settings.maxScriptSize().toBytes()) {
            throw new ScriptTooLarge(settings.maxScriptSize());
        }
        var author = currentUser.requireId();
        var existing = scripts.findForRevision(projectId.value());
        if (existing.isEmpty()) {
            if (baseRevision != 0) {
                throw new ScriptChangedMeanwhile(0, "—");
            }
            var created = new StoredScript(projectId.value(), text, author.value(), clock.instant());
            scripts.saveAndFlush(created);
            events.publishEvent(new ScreenplayRevised(projectId, created.revision()));
            return draft(projectId, created, true);
        }
        var script = existing.get();
        if (script.revision() != baseRevision) {
            throw new ScriptChangedMeanwhile(script.revision(), nameOf(script));
        }
        if (script.text().equals(text)) {
            return draft(projectId, script, true);
        }
        script.revise(text, author.value(), clock.instant());
        events.publishEvent(new ScreenplayRevised(projectId, script.revision()));
        return draft(projectId, script, true);
    }

    private ScriptDraft draft(ProjectId projectId, StoredScript script, boolean editable) {
        return new ScriptDraft(projectId, script.text(), script.revision(), nameOf(script), script.revisedAt(),
                editable);
    }

    private String nameOf(StoredScript script) {
        var by = script.revisedBy();
        return by == null ? "—" : directory.profiles(java.util.List.of(new UserId(by))).values().stream()
                .findFirst().map(p -> p.displayName()).orElse("—");
    }
}
