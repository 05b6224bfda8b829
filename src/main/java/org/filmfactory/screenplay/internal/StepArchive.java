package org.filmfactory.screenplay.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.filmfactory.project.ProjectId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The accepted steps of a script as the database keeps them (table {@code screenplay_step}), read back in revision
 * order for the history, and the last snapshot (table {@code screenplay}) as a place a replay can start from.
 * Read-only; the {@link ScriptKeeper} writes both. No permission checks: for {@code ScriptHistory}, which checks.
 */
@Component
public class StepArchive {

    private final JdbcClient jdbc;

    StepArchive(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One stored step: the change that made {@code revision}, who sent it and when it was accepted. */
    public record StoredStep(long revision, UUID author, Instant acceptedAt, String changes) {
    }

    /** Receives stored steps one at a time, so a long history is never held in memory whole. */
    @FunctionalInterface
    public interface StepReader {
        void read(StoredStep step);
    }

    /** The lowest revision with a stored step, or empty when none is stored (yet). */
    public Optional<Long> firstRevision(ProjectId projectId) {
        long first = jdbc.sql("select coalesce(min(revision), -1) from screenplay_step where project_id = ?")
                .param(projectId.value()).query(Long.class).single();
        return first < 0 ? Optional.empty() : Optional.of(first);
    }

    /** Passes the stored steps after {@code after} up to {@code upTo}, in revision order, to {@code reader}. */
    public void read(ProjectId projectId, long after, long upTo, StepReader reader) {
        jdbc.sql("select revision, author_id, accepted_at, changes from screenplay_step"
                        + " where project_id = ? and revision > ? and revision <= ? order by revision")
                .params(projectId.value(), after, upTo)
                .query(row -> {
                    reader.read(new StoredStep(row.getLong(1), row.getObject(2, UUID.class),
                            row.getObject(3, OffsetDateTime.class).toInstant(), row.getString(4)));
                });
    }

    /** The text last written to the screenplay table, with its revision. */
    public Optional<VersionStore.VersionText> snapshot(ProjectId projectId) {
        return jdbc.sql("select revision, text from screenplay where project_id = ?")
                .param(projectId.value())
                .query((row, n) -> new VersionStore.VersionText(row.getLong(1), ScriptLoader.lineFeeds(
                        row.getString(2)))).optional();
    }
}
