package org.filmfactory.factory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.filmfactory.factory.MakeOptions;
import org.filmfactory.factory.MakeRun;
import org.filmfactory.factory.MakeRunId;
import org.filmfactory.factory.MakeStage;
import org.filmfactory.factory.MakeState;
import org.filmfactory.factory.TakePolicy;
import org.filmfactory.project.ProjectId;
import org.filmfactory.render.FilmId;
import org.filmfactory.render.Preset;
import org.filmfactory.render.RenderSpec;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The runs' rows ({@code factory_make_run}): the only record of where a run is. */
@Repository
class MakeRunStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    MakeRunStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A run's row: what everyone sees plus what the driving job needs. */
    record Row(MakeRun run, UUID startedBy, @Nullable UUID job, @Nullable UUID renderJob, Instant stageStarted) {
    }

    /**
     * Stores a new run.
     *
     * @throws org.springframework.dao.DuplicateKeyException when it runs and another run of the project runs too
     */
    void add(MakeRun run, UUID startedBy) {
        jdbc.sql("insert into factory_make_run (id, project_id, take_policy, preset, subtitles, state, stage, progress,"
                        + " started_by, started_by_name, started_at, stage_started, running_project)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(run.id().value(), run.project().value(), run.options().takes().name(),
                        run.options().render().preset().name(), run.options().render().subtitles(),
                        run.state().name(), run.stage().name(), run.progress(), startedBy, run.byName(),
                        Timestamp.from(run.started()), Timestamp.from(run.started()),
                        run.state() == MakeState.RUNNING ? run.project().value() : null)
                .update();
    }

    Optional<Row> find(UUID id) {
        return jdbc.sql("select * from factory_make_run where id = ?").param(id).query(MakeRunStore::row).optional();
    }

    Optional<Row> latest(ProjectId project) {
        return jdbc.sql("select * from factory_make_run where project_id = ? order by started_at desc, id limit 1")
                .param(project.value()).query(MakeRunStore::row).optional();
    }

    Optional<Row> running(ProjectId project) {
        return jdbc.sql("select * from factory_make_run where project_id = ? and state = 'RUNNING'"
                        + " order by started_at desc limit 1")
                .param(project.value()).query(MakeRunStore::row).optional();
    }

    void queued(UUID id, UUID job) {
        jdbc.sql("update factory_make_run set job_id = ? where id = ?").params(job, id).update();
    }

    void renderQueued(UUID id, @Nullable UUID renderJob) {
        jdbc.sql("update factory_make_run set render_job_id = ? where id = ?").params(renderJob, id).update();
    }

    /**
     * Records generation jobs the run asked for; call it in the transaction that queues them, so that no job is
     * queued without its record (a node dying in between would leave it out of a cancel).
     */
    void generationsAsked(UUID id, List<UUID> jobs) {
        for (var job : jobs) {
            jdbc.sql("insert into factory_make_run_generation (run_id, job_id) values (?, ?)").params(id, job)
                    .update();
        }
    }

    /** Every generation job the run has asked for, over all its attempts (finished ones too). */
    List<UUID> generations(UUID id) {
        return jdbc.sql("select job_id from factory_make_run_generation where run_id = ?").param(id)
                .query(UUID.class).list();
    }

    /** Enters a stage: its start is where the run's figures for it are measured from. */
    void stage(UUID id, MakeStage stage, double progress, Instant now) {
        jdbc.sql("update factory_make_run set stage = ?, progress = ?, shot_label = null, stage_started = ?"
                        + " where id = ? and state = 'RUNNING'")
                .params(stage.name(), progress, Timestamp.from(now), id).update();
    }

    void progressed(UUID id, double progress, @Nullable String shotLabel, @Nullable Duration remaining) {
        jdbc.sql("update factory_make_run set progress = ?, shot_label = ?, remaining_ms = ?"
                        + " where id = ? and state = 'RUNNING'")
                .params(progress, shotLabel, remaining == null ? null : remaining.toMillis(), id).update();
    }

    /** Marks a running run done with its film; false when it was not running (a repeated run of its job). */
    boolean done(UUID id, FilmId film, Instant now) {
        return jdbc.sql("update factory_make_run set state = 'DONE', progress = 1, film_id = ?, finished_at = ?,"
                        + " running_project = null,"
                        + " remaining_ms = 0, shot_label = null where id = ? and state = 'RUNNING'")
                .params(film.value(), Timestamp.from(now), id).update() == 1;
    }

    /** Ends a running run FAILED or CANCELLED; false when it was not running. */
    boolean failed(UUID id, MakeState state, @Nullable String shotLabel, String key, List<String> args, Instant now) {
        return jdbc.sql("update factory_make_run set state = ?, shot_label = ?, failure_key = ?, failure_args = ?,"
                        + " running_project = null,"
                        + " finished_at = ?, remaining_ms = null where id = ? and state = 'RUNNING'")
                .params(state.name(), shotLabel, key, JSON.writeValueAsString(args), Timestamp.from(now), id)
                .update() == 1;
    }

    /**
     * A failed or cancelled run runs again from its stage (the render it asked for is asked for again).
     *
     * @throws org.springframework.dao.DuplicateKeyException when another run of the project runs meanwhile
     */
    boolean resumed(UUID id, Instant now) {
        return jdbc.sql("update factory_make_run set state = 'RUNNING', failure_key = null, failure_args = null,"
                        + " running_project = project_id,"
                        + " finished_at = null, shot_label = null, render_job_id = null, stage_started = ?"
                        + " where id = ? and state in ('FAILED', 'CANCELLED')")
                .params(Timestamp.from(now), id).update() == 1;
    }

    private static Row row(ResultSet row, int index) throws SQLException {
        var options = new MakeOptions(TakePolicy.valueOf(row.getString("take_policy")),
                new RenderSpec(Preset.valueOf(row.getString("preset")), row.getBoolean("subtitles")));
        var remaining = row.getObject("remaining_ms", Long.class);
        var film = row.getObject("film_id", UUID.class);
        var args = row.getString("failure_args");
        var finished = row.getTimestamp("finished_at");
        var run = new MakeRun(new MakeRunId(row.getObject("id", UUID.class)),
                new ProjectId(row.getObject("project_id", UUID.class)), options,
                MakeState.valueOf(row.getString("state")), MakeStage.valueOf(row.getString("stage")),
                row.getDouble("progress"), row.getString("shot_label"),
                remaining == null ? null : Duration.ofMillis(remaining), film == null ? null : new FilmId(film),
                row.getString("failure_key"),
                args == null ? List.of() : JSON.readValue(args, new TypeReference<List<String>>() { }),
                row.getString("started_by_name"), row.getTimestamp("started_at").toInstant(),
                finished == null ? null : finished.toInstant());
        return new Row(run, row.getObject("started_by", UUID.class), row.getObject("job_id", UUID.class),
                row.getObject("render_job_id", UUID.class), row.getTimestamp("stage_started").toInstant());
    }
}
