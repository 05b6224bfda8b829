package org.filmfactory.platform.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The queue's jobs in the database ({@code platform_job}, V11). Every write of a run is guarded by the run's member
 * and claim number and the state it expects, so a write from a run that lost its job changes nothing; the return
 * value says whether the row was changed.
 */
@Component
class JobRows {

    private static final String COLUMNS = "id, kind, job_group, title_key, title_args, payload, priority, heavy,"
            + " requested_by, state, attempt, failures, claim, progress, stage_key, stage_args, node, member_id,"
            + " failure_key, failure_args, last_cause, result, submitted_at, queue_order, started_at, finished_at, not_before,"
            + " lease_until, heartbeat_at";
    private static final char SEPARATOR = '\u001f';

    private final JdbcClient jdbc;

    JobRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(JobEntry job) {
        jdbc.sql("insert into platform_job (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(UUID.fromString(job.id()), job.kind(), job.group(), job.titleKey(), encode(job.titleArgs()),
                        job.payload(), job.priority(), job.heavy(), job.requestedBy(), job.state(), job.attempt(),
                        job.failures(), job.claim(), job.percent(), job.stageKey(), encode(job.stageArgs()),
                        job.node(), job.memberId(), job.failureKey(), encode(job.failureArgs()), job.lastCause(),
                        job.result(), time(job.submitted()), job.order(), time(job.started()), time(job.finished()),
                        job.notBefore(), job.leaseUntil(), job.heartbeat())
                .update();
    }

    /** A node took the job: only if it is not finished and no later claim was written. */
    boolean claimed(JobEntry run) {
        return jdbc.sql("update platform_job set state = 'RUNNING', attempt = ?, failures = ?, claim = ?,"
                        + " member_id = ?, node = ?, started_at = ?, lease_until = ?, heartbeat_at = ?, progress = 0,"
                        + " stage_key = null, stage_args = null, failure_key = null, failure_args = null,"
                        + " result = null, finished_at = null"
                        + " where id = ? and state in ('QUEUED', 'RUNNING') and claim < ?")
                .params(run.attempt(), run.failures(), run.claim(), run.memberId(), run.node(), time(run.started()),
                        run.leaseUntil(), run.heartbeat(), UUID.fromString(run.id()), run.claim())
                .update() == 1;
    }

    boolean progressed(JobEntry run) {
        return jdbc.sql("update platform_job set progress = ?, stage_key = ?, stage_args = ?, lease_until = ?,"
                        + " heartbeat_at = ? where id = ? and state = 'RUNNING' and member_id = ? and claim = ?")
                .params(run.percent(), run.stageKey(), encode(run.stageArgs()), run.leaseUntil(), run.heartbeat(),
                        UUID.fromString(run.id()), run.memberId(), run.claim())
                .update() == 1;
    }

    /** The run ended (DONE, FAILED or CANCELLED): only if this run still holds the job. */
    boolean finished(JobEntry end) {
        return jdbc.sql("update platform_job set state = ?, progress = ?, stage_key = ?, stage_args = ?, result = ?,"
                        + " failure_key = ?, failure_args = ?, failures = ?, last_cause = ?, finished_at = ?,"
                        + " lease_until = 0 where id = ? and state = 'RUNNING' and member_id = ? and claim = ?")
                .params(end.state(), end.percent(), end.stageKey(), encode(end.stageArgs()), end.result(),
                        end.failureKey(), encode(end.failureArgs()), end.failures(), end.lastCause(),
                        time(end.finished()), UUID.fromString(end.id()), end.memberId(), end.claim())
                .update() == 1;
    }

    /** The run of {@code member} and {@code claim} gave the job back to the queue (or failed it for good). */
    boolean requeued(JobEntry after, String member, int claim) {
        return jdbc.sql("update platform_job set state = ?, member_id = null, failures = ?, last_cause = ?,"
                        + " not_before = ?, progress = 0, stage_key = null, stage_args = null, failure_key = ?,"
                        + " failure_args = ?, finished_at = ?, lease_until = 0"
                        + " where id = ? and state = 'RUNNING' and member_id = ? and claim = ?")
                .params(after.state(), after.failures(), after.lastCause(), after.notBefore(), after.failureKey(),
                        encode(after.failureArgs()), time(after.finished()), UUID.fromString(after.id()), member,
                        claim)
                .update() == 1;
    }

    boolean cancelledWhileQueued(String id, long now) {
        return jdbc.sql("update platform_job set state = 'CANCELLED', finished_at = ? where id = ? and state = 'QUEUED'")
                .params(time(now), UUID.fromString(id)).update() == 1;
    }

    boolean retried(String id) {
        return jdbc.sql("update platform_job set state = 'QUEUED', attempt = 0, failures = 0, failure_key = null,"
                        + " failure_args = null, last_cause = null, result = null, finished_at = null, not_before = 0,"
                        + " progress = 0, stage_key = null, stage_args = null, member_id = null, lease_until = 0"
                        + " where id = ? and state in ('FAILED', 'CANCELLED')")
                .param(UUID.fromString(id)).update() == 1;
    }

    Optional<JobEntry> find(String id) {
        return jdbc.sql("select " + COLUMNS + " from platform_job where id = ?").param(UUID.fromString(id))
                .query(JobRows::entry).optional();
    }

    /** A group's queued and running jobs, and its {@code finished} most recently finished ones. */
    List<JobEntry> ofGroup(String group, int finished) {
        var active = jdbc.sql("select " + COLUMNS + " from platform_job where job_group = ?"
                        + " and state in ('QUEUED', 'RUNNING')")
                .param(group).query(JobRows::entry).list();
        var ended = jdbc.sql("select " + COLUMNS + " from platform_job where job_group = ?"
                        + " and state in ('DONE', 'FAILED', 'CANCELLED') order by finished_at desc limit ?")
                .params(group, finished).query(JobRows::entry).list();
        return java.util.stream.Stream.concat(active.stream(), ended.stream()).toList();
    }

    /** Every queued and running job, for comparing with the cluster's queue. */
    List<JobEntry> active() {
        return jdbc.sql("select " + COLUMNS + " from platform_job where state in ('QUEUED', 'RUNNING')")
                .query(JobRows::entry).list();
    }

    private static JobEntry entry(ResultSet row, int number) throws SQLException {
        return new JobEntry(row.getObject("id", UUID.class).toString(), row.getString("kind"),
                row.getString("job_group"), row.getString("title_key"), decode(row.getString("title_args")),
                row.getString("payload"), row.getInt("priority"), row.getBoolean("heavy"),
                row.getString("requested_by"), row.getString("state"), millis(row, "submitted_at"),
                row.getLong("queue_order"), row.getLong("not_before"), row.getInt("attempt"), row.getInt("failures"), row.getInt("claim"),
                row.getString("member_id"), row.getString("node"), millis(row, "started_at"),
                row.getLong("lease_until"), row.getLong("heartbeat_at"), row.getInt("progress"),
                row.getString("stage_key"), decode(row.getString("stage_args")), false, row.getString("failure_key"),
                decode(row.getString("failure_args")), row.getString("last_cause"), row.getString("result"),
                millis(row, "finished_at"));
    }

    private static long millis(ResultSet row, String column) throws SQLException {
        var time = row.getObject(column, OffsetDateTime.class);
        return time == null ? 0 : time.toInstant().toEpochMilli();
    }

    private static @Nullable OffsetDateTime time(long millis) {
        return millis == 0 ? null : OffsetDateTime.ofInstant(Instant.ofEpochMilli(millis), ZoneOffset.UTC);
    }

    /** Arguments as one text: each one after a separator, so no arguments and one empty argument differ. */
    static String encode(String[] arguments) {
        var text = new StringBuilder();
        for (var argument : arguments) {
            text.append(SEPARATOR).append(argument.replace(SEPARATOR, ' '));
        }
        return text.toString();
    }

    static String[] decode(@Nullable String text) {
        if (text == null || text.isEmpty()) {
            return new String[0];
        }
        return text.substring(1).split(String.valueOf(SEPARATOR), -1);
    }
}
