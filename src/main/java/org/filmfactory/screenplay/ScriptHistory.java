package org.filmfactory.screenplay;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.filmfactory.account.CurrentUser;
import org.filmfactory.account.UserDirectory;
import org.filmfactory.account.UserId;
import org.filmfactory.account.UserProfile;
import org.filmfactory.collab.Attendee;
import org.filmfactory.project.Permission;
import org.filmfactory.project.ProjectAccess;
import org.filmfactory.project.ProjectId;
import org.filmfactory.screenplay.internal.Authorship;
import org.filmfactory.screenplay.internal.LineDiff;
import org.filmfactory.screenplay.internal.MalformedChange;
import org.filmfactory.screenplay.internal.ScriptLoader;
import org.filmfactory.screenplay.internal.ScriptLog;
import org.filmfactory.screenplay.internal.ScriptState;
import org.filmfactory.screenplay.internal.StepArchive;
import org.filmfactory.screenplay.internal.TextChange;
import org.filmfactory.screenplay.internal.VersionStore;
import org.filmfactory.screenplay.internal.VersionStore.KeptVersion;
import org.filmfactory.screenplay.internal.VersionStore.VersionText;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * A screenplay's history: the versions kept of it (automatic ones while people write and before every restore,
 * named ones when someone asks), each readable whole and comparable line by line with the live text; restoring one;
 * and who last changed each line of the live text, and when. Every member may look; owners and writers may name and
 * restore. A version is always looked up together with its project, so an id from another project is answered as
 * unknown ({@link ScriptVersionUnknown}) and its text never shows.
 *
 * <p>A restore is one change to the live script, made through {@link ScriptEditing#save}: every open editor receives
 * it like any other step, and the text it replaced is kept first as an automatic version, so restoring that version
 * undoes the restore.
 */
@Service
public class ScriptHistory {

    private static final Logger log = LoggerFactory.getLogger(ScriptHistory.class);
    /** A restore races typing in open editors; it tries again on the newer text a few times before giving up. */
    private static final int RESTORE_ATTEMPTS = 3;

    private final ProjectAccess access;
    private final CurrentUser currentUser;
    private final UserDirectory directory;
    private final ScriptEditing editing;
    private final ScriptLog scriptLog;
    private final VersionStore versions;
    private final StepArchive steps;

    ScriptHistory(ProjectAccess access, CurrentUser currentUser, UserDirectory directory, ScriptEditing editing,
            ScriptLog scriptLog, VersionStore versions, StepArchive steps) {
        this.access = access;
        this.currentUser = currentUser;
        this.directory = directory;
        this.editing = editing;
        this.scriptLog = scriptLog;
        this.versions = versions;
        this.steps = steps;
    }

    /** The project's kept versions, newest revision first. */
    public List<ScriptVersion> versions(ProjectId projectId) {
        access.require(projectId, Permission.VIEW);
        var kept = versions.list(projectId);
        var names = names(kept.stream().map(KeptVersion::createdBy).toList());
        return kept.stream().map(version -> toVersion(version, names)).toList();
    }

    /**
     * The project's {@code limit} newest kept versions, newest revision first, and how many there are in all: a
     * script written for months keeps thousands, and a screen shows the newest and fetches earlier ones on request.
     */
    public KeptVersions newestVersions(ProjectId projectId, int limit) {
        access.require(projectId, Permission.VIEW);
        var kept = versions.newest(projectId, Math.max(0, limit));
        var names = names(kept.stream().map(KeptVersion::createdBy).toList());
        var shown = kept.stream().map(version -> toVersion(version, names)).toList();
        return new KeptVersions(shown, Math.max(shown.size(), versions.count(projectId)));
    }

    /** Some of a project's kept versions, newest first, and the number it has in all. */
    public record KeptVersions(List<ScriptVersion> newest, int total) {
    }

    /**
     * Keeps the live text, as it stands now, as a version with this name.
     *
     * @throws VersionNameRefused when the name is empty, longer than 200 characters or holds line breaks; nothing
     *     is stored
     */
    public ScriptVersion name(ProjectId projectId, String name) {
        access.require(projectId, Permission.EDIT_SCRIPT);
        var checked = VersionNameRefused.check(name);
        var me = currentUser.require();
        var draft = editing.open(projectId);
        var kept = versions.keep(projectId, draft.text(), draft.revision(), checked, me.id().value());
        return toVersion(kept, Map.of(me.id(), me));
    }

    /**
     * The whole text of one kept version.
     *
     * @throws ScriptVersionUnknown when this project has no version with that id
     */
    public String text(ProjectId projectId, ScriptVersionId versionId) {
        access.require(projectId, Permission.VIEW);
        return versions.text(projectId, versionId.value()).orElseThrow(ScriptVersionUnknown::new);
    }

    /**
     * One kept version beside the live text as it stands now, line by line.
     *
     * @throws ScriptVersionUnknown when this project has no version with that id
     */
    public ScriptComparison compare(ProjectId projectId, ScriptVersionId versionId) {
        access.require(projectId, Permission.VIEW);
        var kept = versions.find(projectId, versionId.value()).orElseThrow(ScriptVersionUnknown::new);
        var old = LineDiff.lines(versions.text(projectId, versionId.value()).orElseThrow(ScriptVersionUnknown::new));
        var now = editing.open(projectId);
        var current = LineDiff.lines(now.text());
        var lines = new ArrayList<ScriptComparison.ComparedLine>();
        for (var row : LineDiff.sideBySide(old, current)) {
            lines.add(new ScriptComparison.ComparedLine(ScriptComparison.Change.valueOf(row.kind().name()),
                    row.before() + 1, row.before() < 0 ? null : old.get(row.before()),
                    row.after() + 1, row.after() < 0 ? null : current.get(row.after())));
        }
        var version = toVersion(kept, names(Collections.singletonList(kept.createdBy())));
        return new ScriptComparison(version, now.revision(), lines);
    }

    /**
     * Makes a kept version the live text again, as one change every open editor receives. The text it replaces is
     * kept first as an automatic version (unless a version of that revision exists already), so restoring that one
     * undoes this. Restoring a version whose text is the live text changes nothing.
     *
     * @return the script after the restore
     * @throws ScriptVersionUnknown when this project has no version with that id; nothing changes
     * @throws ScriptChangedMeanwhile when others kept typing through every attempt; nothing changes
     */
    public ScriptDraft restore(ProjectId projectId, ScriptVersionId versionId) {
        access.require(projectId, Permission.EDIT_SCRIPT);
        var text = ScriptLoader.lineFeeds(
                versions.text(projectId, versionId.value()).orElseThrow(ScriptVersionUnknown::new));
        var me = currentUser.requireId();
        for (int attempt = 1; ; attempt++) {
            var now = editing.open(projectId);
            if (now.text().equals(text)) {
                return now;
            }
            versions.keepAutomatic(projectId, now.text(), now.revision(), me.value());
            try {
                return editing.save(projectId, now.revision(), text);
            } catch (ScriptChangedMeanwhile typing) {
                if (attempt == RESTORE_ATTEMPTS) {
                    throw typing;
                }
                log.debug("Restore of {} in {} met typing at revision {}; trying again", versionId, projectId,
                        typing.currentRevision());
            }
        }
    }

    /**
     * The live text with the places changed by every step after {@code after}, for following positions taken at
     * {@code after} or later (comments on lines) to where their text is now. Reads the stored steps once, and only
     * those the cluster no longer holds; when the steps do not reach back that far (or do not follow on), the trail
     * starts at the earliest revision they do reach.
     */
    public ScriptTrail trail(ProjectId projectId, long after) {
        access.require(projectId, Permission.VIEW);
        var state = scriptLog.current(projectId);
        long from = Math.max(0, Math.min(after, state.revision()));
        var changes = new ArrayList<TextChange>();
        long since = from;
        if (from < state.baseRevision()) {
            var expected = new long[] {from + 1};
            var start = new long[] {from};
            steps.read(projectId, from, state.baseRevision(), step -> {
                if (step.revision() != expected[0]) {
                    // A gap: only what follows it can be used.
                    changes.clear();
                    start[0] = step.revision() - 1;
                }
                try {
                    changes.add(TextChange.parse(step.changes()));
                } catch (MalformedChange unexpected) {
                    changes.clear();
                    start[0] = step.revision();
                }
                expected[0] = step.revision() + 1;
            });
            since = start[0];
            if (since + changes.size() != state.baseRevision()) {
                changes.clear();
                since = state.baseRevision();
            }
        }
        var held = state.steps();
        for (int i = (int) Math.max(0, from - state.baseRevision()); i < held.length; i++) {
            try {
                changes.add(TextChange.parse(held[i].changes()));
            } catch (MalformedChange unexpected) {
                changes.clear();
                since = state.baseRevision() + i + 1;
            }
        }
        // The lengths must chain up to the live text, or positions would be followed through the wrong steps.
        int length = state.text().length();
        for (int i = changes.size() - 1; i >= 0; i--) {
            if (changes.get(i).newLength() != length) {
                changes.subList(0, i + 1).clear();
                since = state.revision() - changes.size();
                break;
            }
            length = changes.get(i).length();
        }
        var trail = new ArrayList<List<ScriptTrail.Replaced>>(changes.size());
        for (var change : changes) {
            var places = new ArrayList<ScriptTrail.Replaced>(2);
            for (var range : change.changedRanges(false)) {
                places.add(new ScriptTrail.Replaced(range.fromA(), range.toA(), range.toB() - range.fromB()));
            }
            trail.add(places);
        }
        return new ScriptTrail(state.text(), state.revision(), since, trail);
    }

    /**
     * For each line of the live text, who last changed it and when. Replays the stored steps from the earliest text
     * the studio can start from (an empty script at revision 0 when every step is stored, otherwise the oldest kept
     * version or snapshot the steps continue from), then the steps the cluster holds that are not written yet. Lines
     * from before that start are not attributed; so are lines that a gap in the history leaves unexplained.
     */
    public List<LineAuthor> blame(ProjectId projectId) {
        access.require(projectId, Permission.VIEW);
        var state = scriptLog.current(projectId);
        var start = startOf(projectId, state);
        var authorship = Authorship.unattributed(start.text());
        long reached = start.revision();
        reached = replayStored(projectId, authorship, reached, state.revision());
        reached = replayHeld(state, authorship, reached);
        if (reached != state.revision() || !authorship.text().equals(state.text())) {
            log.debug("History of {} reaches revision {} of {}; aligning by lines", projectId, reached,
                    state.revision());
            authorship = authorship.alignedTo(state.text());
        }
        var marks = authorship.marks();
        var authors = new HashSet<UserId>();
        for (var mark : marks) {
            if (mark != null) {
                authors.add(new UserId(mark.author()));
            }
        }
        var profiles = directory.profiles(authors);
        var lines = authorship.lines();
        var result = new ArrayList<LineAuthor>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            var mark = marks.get(i);
            if (mark == null) {
                result.add(new LineAuthor(i + 1, lines.get(i), null, null, null, -1));
            } else {
                var author = new UserId(mark.author());
                var profile = profiles.get(author);
                result.add(new LineAuthor(i + 1, lines.get(i), author,
                        profile == null ? null : profile.displayName(), mark.at(), Attendee.colorOf(author)));
            }
        }
        return result;
    }

    /**
     * The earliest text a replay can start from: revision 0 (empty) when the steps from revision 1 are stored or
     * held, otherwise the oldest version or snapshot that the stored or held steps continue, otherwise the live text.
     */
    private VersionText startOf(ProjectId projectId, ScriptState state) {
        long firstStored = steps.firstRevision(projectId).orElse(Long.MAX_VALUE);
        // A replay from revision r works when the steps after r are stored, or held by the cluster.
        long earliest = Math.min(firstStored - 1, state.baseRevision());
        if (earliest <= 0) {
            return new VersionText(0, "");
        }
        VersionText best = new VersionText(state.baseRevision(), state.baseText());
        var version = versions.oldestFrom(projectId, earliest);
        if (version.isPresent() && version.get().revision() < best.revision()) {
            best = new VersionText(version.get().revision(), ScriptLoader.lineFeeds(version.get().text()));
        }
        var snapshot = steps.snapshot(projectId);
        if (snapshot.isPresent() && snapshot.get().revision() >= earliest
                && snapshot.get().revision() < best.revision()) {
            best = snapshot.get();
        }
        return best;
    }

    /** Applies the stored steps after {@code from} while they follow on; returns the revision reached. */
    private long replayStored(ProjectId projectId, Authorship authorship, long from, long upTo) {
        var reached = new long[] {from};
        var broken = new boolean[] {false};
        steps.read(projectId, from, upTo, step -> {
            if (broken[0] || step.revision() != reached[0] + 1) {
                broken[0] = true;
                return;
            }
            try {
                authorship.apply(TextChange.fromJson(step.changes(), authorship.length()),
                        new Authorship.Mark(step.author(), step.acceptedAt()));
                reached[0] = step.revision();
            } catch (MalformedChange | IllegalArgumentException unexpected) {
                log.warn("Stored step {} of script {} does not apply; history stops before it: {}",
                        step.revision(), projectId, unexpected.toString());
                broken[0] = true;
            }
        });
        return reached[0];
    }

    /** Applies the steps the cluster still holds after {@code from} (not yet written); returns the revision reached. */
    private long replayHeld(ScriptState state, Authorship authorship, long from) {
        if (from >= state.revision() || from < state.baseRevision()) {
            return from;
        }
        long reached = from;
        var held = state.steps();
        for (int i = (int) (from - state.baseRevision()); i < held.length; i++) {
            var step = held[i];
            try {
                authorship.apply(TextChange.fromJson(step.changes(), authorship.length()), new Authorship.Mark(
                        UUID.fromString(step.author()), Instant.ofEpochMilli(step.acceptedAt())));
            } catch (MalformedChange | IllegalArgumentException unexpected) {
                log.warn("Held step {} of a script does not apply; history stops before it: {}", reached + 1,
                        unexpected.toString());
                return reached;
            }
            reached++;
        }
        return reached;
    }

    private Map<UserId, UserProfile> names(List<@Nullable UUID> ids) {
        var known = new HashSet<UserId>();
        for (var id : ids) {
            if (id != null) {
                known.add(new UserId(id));
            }
        }
        return known.isEmpty() ? Map.of() : directory.profiles(known);
    }

    private static ScriptVersion toVersion(KeptVersion kept, Map<UserId, UserProfile> names) {
        var by = kept.createdBy() == null ? null : names.get(new UserId(kept.createdBy()));
        return new ScriptVersion(new ScriptVersionId(kept.id()), kept.projectId(), kept.revision(), kept.name(),
                by == null ? null : by.displayName(), kept.createdAt(), kept.name() == null);
    }
}
