package org.filmfactory.screenplay.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.filmfactory.project.ProjectId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The versions of a script kept for its history (table {@code screenplay_version}): automatic ones while people
 * write, named ones when someone asks. Each holds the whole text, so any version opens without replaying steps.
 * No permission checks here: people reach versions through {@code ScriptHistory}, which checks their role; the
 * module's own keeper calls {@link #keepAutomaticIfDue} directly.
 *
 * <p>Every read names the project as well as the version, so an id from another project finds nothing.
 */
@Component
public class VersionStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    VersionStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * A kept version, without its text.
     *
     * @param name null for an automatic version
     * @param createdBy who named it, or whose change it holds; null when not known
     */
    public record KeptVersion(UUID id, ProjectId projectId, long revision, @Nullable String name,
            @Nullable UUID createdBy, Instant createdAt) {
    }

    /** A version's text and the revision it is. */
    public record VersionText(long revision, String text) {
    }

    /** Stores a version; {@code name} null makes it automatic. Returns what was stored. */
    public KeptVersion keep(ProjectId projectId, String text, long revision, @Nullable String name,
            @Nullable UUID author) {
        var version = new KeptVersion(UUID.randomUUID(), projectId, revision, name, author,
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        jdbc.sql("insert into screenplay_version (id, project_id, revision, name, text, created_by, created_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?)")
                .params(version.id(), projectId.value(), revision, name, text, author,
                        Timestamp.from(version.createdAt()))
                .update();
        return version;
    }

    /**
     * Stores an automatic version of the text at {@code revision}, unless the project already has a version of that
     * revision (the keeper may write the same state twice; a restore may find the keeper was there first). For the
     * module's own keeper and restore; no permission check.
     *
     * @param author whose change made this revision (the last step's author), or null
     * @return the version stored, or empty when one of that revision was there already
     */
    @Transactional
    public Optional<KeptVersion> keepAutomatic(ProjectId projectId, String text, long revision,
            @Nullable UUID author) {
        if (hasRevision(projectId, revision)) {
            return Optional.empty();
        }
        return Optional.of(keep(projectId, text, revision, null, author));
    }

    /**
     * What the keeper calls when it writes a snapshot: stores an automatic version when the newest automatic version
     * is at least {@code every} old (or there is none) and an older revision, so a day of typing leaves one version
     * every {@code every} rather than one per pause. No permission check: for the module's own keeper, which runs
     * without a signed-in person; call it inside the snapshot's transaction so both commit together.
     *
     * @return the version stored, or empty when none was due
     */
    @Transactional
    public Optional<KeptVersion> keepAutomaticIfDue(ProjectId projectId, String text, long revision,
            @Nullable UUID author, Duration every) {
        var newest = jdbc.sql("select revision, created_at from screenplay_version where project_id = ?"
                        + " and name is null order by created_at desc, revision desc limit 1")
                .param(projectId.value())
                .query((row, n) -> new Object[] {row.getLong(1), instant(row, 2)}).optional();
        if (newest.isPresent()) {
            long newestRevision = (Long) newest.get()[0];
            var newestAt = (Instant) newest.get()[1];
            if (newestRevision >= revision || clock.instant().isBefore(newestAt.plus(every))) {
                return Optional.empty();
            }
        }
        return keepAutomatic(projectId, text, revision, author);
    }

    /** The project's versions, newest revision first (newest made first among versions of one revision). */
    public List<KeptVersion> list(ProjectId projectId) {
        return newest(projectId, Integer.MAX_VALUE);
    }

    /** The project's {@code limit} newest versions, in the order of {@link #list}. */
    public List<KeptVersion> newest(ProjectId projectId, int limit) {
        return jdbc.sql("select id, revision, name, created_by, created_at from screenplay_version"
                        + " where project_id = ? order by revision desc, created_at desc, id")
                .param(projectId.value())
                .withMaxRows(limit)
                .query((row, n) -> kept(projectId, row)).list();
    }

    /** How many versions the project has kept. */
    public int count(ProjectId projectId) {
        return jdbc.sql("select count(*) from screenplay_version where project_id = ?")
                .param(projectId.value()).query(Integer.class).single();
    }

    /** The version with this id if it belongs to this project; empty for another project's id. */
    public Optional<KeptVersion> find(ProjectId projectId, UUID id) {
        return jdbc.sql("select id, revision, name, created_by, created_at from screenplay_version"
                        + " where project_id = ? and id = ?")
                .params(projectId.value(), id)
                .query((row, n) -> kept(projectId, row)).optional();
    }

    /** The text of the version with this id if it belongs to this project; empty for another project's id. */
    public Optional<String> text(ProjectId projectId, UUID id) {
        return jdbc.sql("select text from screenplay_version where project_id = ? and id = ?")
                .params(projectId.value(), id)
                .query(String.class).optional();
    }

    /** The oldest version at or after {@code revision}: where a replay of the stored steps can start. */
    public Optional<VersionText> oldestFrom(ProjectId projectId, long revision) {
        return jdbc.sql("select revision, text from screenplay_version where project_id = ? and revision >= ?"
                        + " order by revision, created_at limit 1")
                .params(projectId.value(), revision)
                .query((row, n) -> new VersionText(row.getLong(1), row.getString(2))).optional();
    }

    private boolean hasRevision(ProjectId projectId, long revision) {
        return jdbc.sql("select count(*) from screenplay_version where project_id = ? and revision = ?")
                .params(projectId.value(), revision)
                .query(Long.class).single() > 0;
    }

    private static KeptVersion kept(ProjectId projectId, ResultSet row) throws SQLException {
        return new KeptVersion(row.getObject("id", UUID.class), projectId, row.getLong("revision"),
                row.getString("name"), row.getObject("created_by", UUID.class), instant(row, 5));
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class).toInstant();
    }
}
