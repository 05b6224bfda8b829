package org.filmfactory.cut.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.filmfactory.cut.ClipId;
import org.filmfactory.cut.CutVersion;
import org.filmfactory.cut.CutVersionId;
import org.filmfactory.project.ProjectId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The cut's three tables. No permission checks: {@link CuttingRoom} checks every caller first.
 *
 * <p>Reading a feature's cut means parsing some 200 KB of JSON; this node keeps the cuts it last read or wrote (a
 * bounded number) and reads only the revision when the database still has that one. Revisions only grow and a cut
 * is remembered only after its transaction committed, so a remembered cut with the database's revision is the
 * database's cut; another node's edit changes the revision and the body is read again.
 */
@Component
class CutStore {

    private final JdbcClient jdbc;
    private final Map<ProjectId, LiveCut> remembered;

    CutStore(JdbcClient jdbc, CutSettings settings) {
        this.jdbc = jdbc;
        int most = settings.rememberedCuts();
        this.remembered = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<ProjectId, LiveCut> eldest) {
                return size() > most;
            }
        };
    }

    /** Keeps a committed cut for the next read; never one of a transaction still open (it might roll back). */
    void remember(LiveCut cut) {
        synchronized (remembered) {
            var known = remembered.get(cut.project());
            if (known == null || known.revision() <= cut.revision()) {
                remembered.put(cut.project(), cut);
            }
        }
    }

    private @Nullable LiveCut remembered(ProjectId project, long revision) {
        synchronized (remembered) {
            var known = remembered.get(project);
            return known != null && known.revision() == revision ? known : null;
        }
    }

    /** The live cut as stored at one revision. */
    record LiveCut(ProjectId project, long revision, int fps, int width, int height, long scriptRevision,
            Workprint print, Instant changed) {
    }

    /** One accepted revision's record. */
    record EditRow(long revision, EditKind kind, @Nullable UUID author, String steps, String reverse,
            Set<String> touches, boolean stacked) {
    }

    enum EditKind {
        EDIT, UNDO, REDO, FOLLOW, RESTORE
    }

    /** A saved version with its body. */
    record StoredVersion(CutVersion version, long scriptRevision, Workprint print) {
    }

    Optional<LiveCut> find(ProjectId project) {
        return read(project, "");
    }

    /** The live cut, locked until the transaction ends: the one place edits of a project queue up. */
    Optional<LiveCut> lock(ProjectId project) {
        return read(project, " FOR UPDATE");
    }

    private Optional<LiveCut> read(ProjectId project, String lock) {
        var revision = jdbc.sql("SELECT revision FROM cut WHERE project_id = :project" + lock)
                .param("project", project.value()).query(Long.class).optional();
        if (revision.isEmpty()) {
            return Optional.empty();
        }
        var known = remembered(project, revision.get());
        if (known != null) {
            return Optional.of(known);
        }
        var cut = jdbc.sql("SELECT revision, fps, width, height, script_revision, body, changed_at FROM cut"
                        + " WHERE project_id = :project")
                .param("project", project.value())
                .query((rs, row) -> new LiveCut(project, rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getInt(4),
                        rs.getLong(5), WorkprintJson.read(rs.getString(6)),
                        rs.getObject(7, OffsetDateTime.class).toInstant()))
                .optional();
        // Outside a transaction (a plain read) what was read is committed; inside one, the caller remembers it
        // after the commit, if at all.
        if (cut.isPresent() && !TransactionSynchronizationManager.isActualTransactionActive()) {
            remember(cut.get());
        }
        return cut;
    }

    /** Stores a project's first cut; a concurrent first cut of the same project fails on the primary key. */
    void create(LiveCut cut) {
        jdbc.sql("INSERT INTO cut (project_id, revision, fps, width, height, script_revision, body, changed_at)"
                        + " VALUES (:project, :revision, :fps, :width, :height, :script, :body, :changed)")
                .param("project", cut.project().value()).param("revision", cut.revision())
                .param("fps", cut.fps()).param("width", cut.width()).param("height", cut.height())
                .param("script", cut.scriptRevision()).param("body", WorkprintJson.write(cut.print()))
                .param("changed", at(cut.changed())).update();
    }

    /**
     * Moves the live cut from {@code from} to the next revision. Answers false when another transaction got there
     * first (the lock makes that rare; the condition makes it impossible to overwrite).
     */
    boolean advance(ProjectId project, long from, Workprint print, long scriptRevision, Instant changed) {
        return jdbc.sql("UPDATE cut SET revision = :next, body = :body, script_revision = :script,"
                        + " changed_at = :changed WHERE project_id = :project AND revision = :from")
                .param("next", from + 1).param("body", WorkprintJson.write(print)).param("script", scriptRevision)
                .param("changed", at(changed)).param("project", project.value()).param("from", from)
                .update() == 1;
    }

    void addEdit(ProjectId project, EditRow row, Instant made) {
        jdbc.sql("INSERT INTO cut_edit (project_id, revision, kind, author, steps, reverse, touches, stacked, made_at)"
                        + " VALUES (:project, :revision, :kind, :author, :steps, :reverse, :touches, :stacked, :made)")
                .param("project", project.value()).param("revision", row.revision()).param("kind", row.kind().name())
                .param("author", row.author()).param("steps", row.steps()).param("reverse", row.reverse())
                .param("touches", String.join(" ", row.touches())).param("stacked", row.stacked())
                .param("made", at(made)).update();
    }

    /**
     * Removes the author's revisions older than their newest {@code keep} (a null author: the revisions that followed
     * the shot list). What is kept covers every revision of anyone within the last {@code keep} of the cut, which is
     * as far back as an edit may be rebased.
     */
    void prune(ProjectId project, @Nullable UUID author, int keep) {
        var who = author == null ? "author IS NULL" : "author = :author";
        var sql = jdbc.sql("DELETE FROM cut_edit WHERE project_id = :project AND " + who + " AND revision <= ("
                        + "SELECT revision FROM cut_edit WHERE project_id = :project AND " + who
                        + " ORDER BY revision DESC LIMIT 1 OFFSET :keep)")
                .param("project", project.value()).param("keep", keep);
        (author == null ? sql : sql.param("author", author)).update();
    }

    /** What others (anyone but {@code author}) touched after {@code revision}. */
    List<Set<String>> touchedByOthersSince(ProjectId project, long revision, UUID author) {
        return jdbc.sql("SELECT touches FROM cut_edit WHERE project_id = :project AND revision > :revision"
                        + " AND (author IS NULL OR author <> :author)")
                .param("project", project.value()).param("revision", revision).param("author", author)
                .query((rs, row) -> Set.of(rs.getString(1).isEmpty() ? new String[0] : rs.getString(1).split(" ")))
                .list();
    }

    /** The person's stacked revisions of the given kinds, newest first. */
    List<EditRow> stacked(ProjectId project, UUID author, Set<EditKind> kinds, int limit) {
        return jdbc.sql("SELECT revision, kind, author, steps, reverse, touches, stacked FROM cut_edit"
                        + " WHERE project_id = :project AND author = :author AND stacked AND kind IN (:kinds)"
                        + " ORDER BY revision DESC LIMIT :limit")
                .param("project", project.value()).param("author", author)
                .param("kinds", kinds.stream().map(Enum::name).toList()).param("limit", limit)
                .query((rs, row) -> new EditRow(rs.getLong(1), EditKind.valueOf(rs.getString(2)),
                        rs.getObject(3, UUID.class), rs.getString(4), rs.getString(5),
                        Set.copyOf(Arrays.asList(rs.getString(6).split(" "))), rs.getBoolean(7)))
                .list();
    }

    /**
     * Whether the clip was ever in the project's cut: every clip that left it left in a recorded revision (a delete
     * or split names it in its steps or reverse, a followed shot list or a restore in what it touched).
     */
    boolean everHad(ProjectId project, ClipId clip) {
        var like = "%" + clip + "%";
        return jdbc.sql("SELECT COUNT(*) FROM cut_edit WHERE project_id = :project"
                        + " AND (steps LIKE :like OR reverse LIKE :like OR touches LIKE :like)")
                .param("project", project.value()).param("like", like).query(Long.class).single() > 0;
    }

    /** Takes a revision off its author's stack. */
    void unstack(ProjectId project, long revision) {
        jdbc.sql("UPDATE cut_edit SET stacked = FALSE WHERE project_id = :project AND revision = :revision")
                .param("project", project.value()).param("revision", revision).update();
    }

    /** Empties the person's redo stack: a new edit of theirs branches off what they took back. */
    void clearRedo(ProjectId project, UUID author) {
        jdbc.sql("UPDATE cut_edit SET stacked = FALSE WHERE project_id = :project AND author = :author"
                        + " AND kind = 'UNDO' AND stacked")
                .param("project", project.value()).param("author", author).update();
    }

    void addVersion(ProjectId project, StoredVersion stored, @Nullable UUID madeBy) {
        var version = stored.version();
        jdbc.sql("INSERT INTO cut_version (id, project_id, name, revision, script_revision, made_at, made_by,"
                        + " made_by_name, clips, frames, body) VALUES (:id, :project, :name, :revision, :script,"
                        + " :made, :by, :byName, :clips, :frames, :body)")
                .param("id", version.id().value()).param("project", project.value()).param("name", version.name())
                .param("revision", version.revision()).param("script", stored.scriptRevision())
                .param("made", at(version.made())).param("by", madeBy).param("byName", version.madeBy())
                .param("clips", version.clips()).param("frames", version.frames())
                .param("body", WorkprintJson.write(stored.print())).update();
    }

    boolean nameTaken(ProjectId project, String name) {
        return jdbc.sql("SELECT COUNT(*) FROM cut_version WHERE project_id = :project AND name = :name")
                .param("project", project.value()).param("name", name).query(Long.class).single() > 0;
    }

    /** The project's versions, newest first (without their bodies). */
    List<CutVersion> versions(ProjectId project) {
        return jdbc.sql("SELECT id, name, revision, made_at, made_by_name, clips, frames FROM cut_version"
                        + " WHERE project_id = :project ORDER BY made_at DESC, revision DESC, name")
                .param("project", project.value())
                .query((rs, row) -> new CutVersion(new CutVersionId(rs.getObject(1, UUID.class)), rs.getString(2),
                        rs.getLong(3), rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getString(5),
                        rs.getInt(6), rs.getInt(7)))
                .list();
    }

    /** One of the project's versions with its body; empty for a version of another project. */
    Optional<StoredVersion> version(ProjectId project, CutVersionId id) {
        return jdbc.sql("SELECT id, name, revision, made_at, made_by_name, clips, frames, script_revision, body"
                        + " FROM cut_version WHERE project_id = :project AND id = :id")
                .param("project", project.value()).param("id", id.value())
                .query((rs, row) -> new StoredVersion(new CutVersion(new CutVersionId(rs.getObject(1, UUID.class)),
                        rs.getString(2), rs.getLong(3), rs.getObject(4, OffsetDateTime.class).toInstant(),
                        rs.getString(5), rs.getInt(6), rs.getInt(7)), rs.getLong(8), WorkprintJson.read(rs.getString(9))))
                .optional();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
