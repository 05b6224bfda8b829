package org.filmfactory.screenplay;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.filmfactory.account.CurrentUser;
import org.filmfactory.account.UserDirectory;
import org.filmfactory.account.UserId;
import org.filmfactory.collab.LiveUpdate;
import org.filmfactory.collab.ProjectFeed;
import org.filmfactory.project.Permission;
import org.filmfactory.project.ProjectAccess;
import org.filmfactory.project.ProjectId;
import org.filmfactory.screenplay.internal.LoggedStep;
import org.filmfactory.screenplay.internal.ScriptKeeper;
import org.filmfactory.screenplay.internal.ScriptLoader;
import org.filmfactory.screenplay.internal.ScriptLog;
import org.filmfactory.screenplay.internal.ScriptState;
import org.filmfactory.screenplay.internal.Rewrites;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Reading and changing a project's screenplay. Every member may read it; owners and writers may change it. All
 * changes — a co-editor's keystrokes and a whole-text save or import alike — go through one authority, the
 * {@link ScriptLog}, which orders them into revisions: a change based on an older revision is never applied over
 * a newer one. Editors push small steps and rebase when they are behind; a whole-text save based on an older
 * revision is refused with {@link ScriptChangedMeanwhile}.
 */
@Service
public class ScriptEditing {

    private static final Logger log = LoggerFactory.getLogger(ScriptEditing.class);
    private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final ProjectAccess access;
    private final CurrentUser currentUser;
    private final UserDirectory directory;
    private final ScriptLog scriptLog;
    private final ScriptKeeper keeper;
    private final ProjectFeed feed;
    private final ScreenplaySettings settings;
    private final Clock clock;

    ScriptEditing(ProjectAccess access, CurrentUser currentUser, UserDirectory directory, ScriptLog scriptLog,
            ScriptKeeper keeper, ProjectFeed feed, ScreenplaySettings settings, Clock clock) {
        this.access = access;
        this.currentUser = currentUser;
        this.directory = directory;
        this.scriptLog = scriptLog;
        this.keeper = keeper;
        this.feed = feed;
        this.settings = settings;
        this.clock = clock;
    }

    /** The live text as it stands now, with whether the person may change it. */
    public ScriptDraft open(ProjectId projectId) {
        access.require(projectId, Permission.VIEW);
        var editable = access.can(projectId, Permission.EDIT_SCRIPT);
        var state = scriptLog.current(projectId);
        var steps = state.steps();
        var last = steps.length == 0 ? null : steps[steps.length - 1];
        return new ScriptDraft(projectId, state.text(), state.revision(),
                last == null ? null : nameOf(last.author()),
                last == null ? null : java.time.Instant.ofEpochMilli(last.acceptedAt()), editable);
    }

    /**
     * Takes an editor's steps as the next revisions. Steps based on an older revision that the live log still keeps
     * are moved over the steps accepted since (as @codemirror/collab's {@code rebaseUpdates} does), leaving out the
     * leading ones the same editor already got accepted; steps based on a revision older than that are answered
     * "behind" (the editor then takes what it missed, rebases and pushes again, or starts again from {@link #open}).
     * Accepted steps go to every open editor on every node, the sender's own included: that is how it learns where
     * they landed.
     *
     * @throws ScriptChangeRefused when a step is malformed, does not fit the text it was made on, is too large, or
     *     names a revision the script never had; nothing changes
     */
    public PushOutcome push(ProjectId projectId, long baseRevision, List<ScriptStep> steps) {
        access.require(projectId, Permission.EDIT_SCRIPT);
        var author = currentUser.requireId();
        if (steps.isEmpty()) {
            throw new ScriptChangeRefused("screenplay.refused.no-steps");
        }
        long now = clock.millis();
        var logged = new ArrayList<LoggedStep>(steps.size());
        for (var step : steps) {
            if (!CLIENT_ID.matcher(step.clientId()).matches()) {
                throw new ScriptChangeRefused("screenplay.refused.editor-id");
            }
            // JSON escapes take at most six characters per inserted one: anything longer is refused unread.
            if (step.changes().length() > settings.maxChangeSize().toBytes() * 6 + 64) {
                throw new ScriptChangeRefused("screenplay.refused.too-much-inserted",
                        Long.toString(settings.maxChangeSize().toBytes()));
            }
            logged.add(new LoggedStep(step.clientId(), step.changes(), author.value().toString(), now));
        }
        var verdict = scriptLog.accept(projectId, baseRevision, logged, true);
        switch (verdict.outcome()) {
            case REFUSED -> throw refused(verdict);
            case BEHIND -> {
                return new PushOutcome(false, verdict.revision());
            }
            case ACCEPTED -> {
                // The live update carries the steps as the log keeps them (canonical JSON, moved over what was
                // accepted since their base), from its own answer.
                var changes = verdict.accepted();
                if (changes.length > 0) {
                    var accepted = new ArrayList<ScriptStep>(changes.length);
                    for (int i = 0; i < changes.length; i++) {
                        accepted.add(new ScriptStep(steps.get(verdict.skipped() + i).clientId(), changes[i]));
                    }
                    feed.publish(projectId, ScriptChanged.of(verdict.revision() - changes.length, accepted));
                }
            }
        }
        return new PushOutcome(true, verdict.revision());
    }

    /**
     * The steps accepted after {@code revision}, for an editor that missed some; empty when they are no longer kept
     * (the editor then starts again from {@link #open}).
     */
    public Optional<List<ScriptStep>> since(ProjectId projectId, long revision) {
        access.require(projectId, Permission.VIEW);
        var steps = scriptLog.since(projectId, revision);
        return Optional.ofNullable(steps)
                .map(list -> list.stream().map(s -> new ScriptStep(s.clientId(), s.changes())).toList());
    }

    /** The text at an earlier, recent revision (an editor recovering unsent typing after a reload), if still kept. */
    public Optional<String> textAt(ProjectId projectId, long revision) {
        access.require(projectId, Permission.EDIT_SCRIPT);
        return Optional.ofNullable(scriptLog.textAt(projectId, revision));
    }

    /**
     * Replaces the whole text as the revision after {@code baseRevision}, if that is still the current one — as one
     * step every open editor receives. Saving the same text again changes nothing.
     *
     * @throws ScriptNotStoredYet when the change was taken but the database did not store it; it is written later
     */
    public ScriptDraft save(ProjectId projectId, long baseRevision, String given) {
        access.require(projectId, Permission.EDIT_SCRIPT);
        var text = ScriptLoader.lineFeeds(given);
        if (text.getBytes(StandardCharsets.UTF_8).length > settings.maxScriptSize().toBytes()) {
            throw new ScriptTooLarge(settings.maxScriptSize());
        }
        var author = currentUser.requireId();
        ScriptState state = scriptLog.current(projectId);
        if (state.revision() != baseRevision) {
            throw meanwhile(state);
        }
        if (state.text().equals(text)) {
            return open(projectId);
        }
        var step = new ScriptStep("save-" + UUID.randomUUID().toString().substring(0, 8),
                Rewrites.replacing(state.text(), text).toJson());
        // A whole-text save is never merged into changes made meanwhile: it is refused instead.
        var verdict = scriptLog.accept(projectId, baseRevision, List.of(
                new LoggedStep(step.clientId(), step.changes(), author.value().toString(), clock.millis())), false);
        switch (verdict.outcome()) {
            case BEHIND -> throw meanwhile(scriptLog.current(projectId));
            case REFUSED -> throw refused(verdict);
            case ACCEPTED -> feed.publish(projectId, ScriptChanged.of(baseRevision, List.of(step)));
        }
        try {
            // A save is a deliberate act: it is in the database (and the breakdown follows) when this returns.
            keeper.keep(projectId, true);
        } catch (RuntimeException notStored) {
            // The change is taken and kept in the cluster, and the keeper retries the write; but the person must not
            // believe it is stored (issue 9).
            log.warn("Saved script {} is in the cluster; the database write follows: {}", projectId,
                    notStored.toString());
            throw new ScriptNotStoredYet(verdict.revision(), notStored);
        }
        return open(projectId);
    }

    /**
     * Shows where a person's cursor is to everyone else in the script: fire-and-forget, like a glance; the editor
     * sends it again when the cursor moves.
     */
    public void placeCursor(ProjectId projectId, String editorId, long revision, int anchor, int head) {
        access.require(projectId, Permission.VIEW);
        if (!CLIENT_ID.matcher(editorId).matches() || anchor < 0 || head < 0) {
            throw new ScriptChangeRefused("screenplay.refused.not-a-cursor");
        }
        var me = currentUser.require();
        feed.publish(projectId, new LiveUpdate.CursorMoved(editorId, me.id().value().toString(), me.displayName(),
                org.filmfactory.collab.Attendee.colorOf(me.id()), revision, anchor, head));
    }

    private static ScriptChangeRefused refused(ScriptLog.Verdict verdict) {
        return new ScriptChangeRefused(verdict.reasonKey(), (Object[]) verdict.reasonArguments());
    }

    private ScriptChangedMeanwhile meanwhile(ScriptState state) {
        var steps = state.steps();
        return new ScriptChangedMeanwhile(state.revision(),
                steps.length == 0 ? "—" : nameOf(steps[steps.length - 1].author()));
    }

    private String nameOf(String author) {
        var id = new UserId(UUID.fromString(author));
        var profile = directory.profiles(List.of(id)).get(id);
        return profile == null ? "—" : profile.displayName();
    }
}
