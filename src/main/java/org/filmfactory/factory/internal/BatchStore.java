package org.filmfactory.factory.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.filmfactory.factory.BatchFilmState;
import org.filmfactory.factory.BatchId;
import org.filmfactory.factory.MakeStage;
import org.filmfactory.factory.TakePolicy;
import org.filmfactory.render.Preset;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The production line's rows ({@code factory_batch}, {@code factory_batch_film}). Every change of a film's state is a
 * conditional update that says whether it happened, so the keepers of several nodes never do one step twice.
 */
@Repository
class BatchStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String FILM = " where batch_id = ? and position = ? and preset = ?";

    private final JdbcClient jdbc;

    BatchStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A batch as stored. */
    record Batch(BatchId id, String name, UUID startedBy, String byName, Instant started, @Nullable Instant finished,
            TakePolicy takes, boolean subtitles, boolean cancelled) {
    }

    /** One film's row; {@code idea} is the writing job's payload for the films of an idea. */
    record Film(BatchId batch, int position, Preset preset, String source, @Nullable UUID project, boolean ready,
            @Nullable UUID run, @Nullable Instant starting, BatchFilmState state, @Nullable MakeStage stage,
            double progress, @Nullable String shotLabel, @Nullable UUID film, @Nullable String failureKey,
            List<String> failureArgs, BigDecimal cost, @Nullable Instant started, @Nullable Instant finished,
            @Nullable String idea) {
    }

    void addBatch(Batch batch) {
        jdbc.sql("insert into factory_batch (id, name, started_by, by_name, started, takes, subtitles, cancelled)"
                        + " values (?, ?, ?, ?, ?, ?, ?, false)")
                .params(batch.id().value(), batch.name(), batch.startedBy(), batch.byName(),
                        Timestamp.from(batch.started()), batch.takes().name(), batch.subtitles())
                .update();
    }

    /** Stores a film queued (or, with a failure key, failed at once). */
    void addFilm(BatchId batch, int position, Preset preset, String source, @Nullable UUID project, boolean ready,
            BatchFilmState state, @Nullable String failureKey, List<String> failureArgs, @Nullable String idea,
            Instant now) {
        jdbc.sql("insert into factory_batch_film (batch_id, position, preset, source, project_id, ready, state,"
                        + " progress, failure_key, failure_args, cost, finished, idea)"
                        + " values (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, 0, ?, ?)")
                .params(batch.value(), position, preset.name(), source, project, ready, state.name(), failureKey,
                        failureKey == null ? null : JSON.writeValueAsString(failureArgs),
                        state == BatchFilmState.FAILED ? Timestamp.from(now) : null, idea)
                .update();
    }

    Optional<Batch> batch(BatchId id) {
        return jdbc.sql("select * from factory_batch where id = ?").param(id.value()).query(BatchStore::batch)
                .optional();
    }

    /** Batches started by {@code user} or holding a film of one of {@code projects}, newest first. */
    List<Batch> batches(UUID user, Collection<UUID> projects, int limit) {
        if (projects.isEmpty()) {
            return jdbc.sql("select * from factory_batch where started_by = ? order by started desc, id limit ?")
                    .params(user, limit).query(BatchStore::batch).list();
        }
        var marks = String.join(", ", projects.stream().map(p -> "?").toList());
        var params = new java.util.ArrayList<Object>();
        params.add(user);
        params.addAll(projects);
        params.add(limit);
        return jdbc.sql("select * from factory_batch where started_by = ? or id in (select batch_id from"
                        + " factory_batch_film where project_id in (" + marks + ")) order by started desc, id limit ?")
                .params(params).query(BatchStore::batch).list();
    }

    List<Film> films(BatchId batch) {
        return jdbc.sql("select * from factory_batch_film where batch_id = ? order by position, preset")
                .param(batch.value()).query(BatchStore::film).list();
    }

    /** Films not yet at an end, of every batch, oldest batch first. */
    List<Film> open() {
        return jdbc.sql("select f.* from factory_batch_film f join factory_batch b on b.id = f.batch_id"
                        + " where f.state in ('QUEUED', 'RUNNING') order by b.started, f.batch_id, f.position,"
                        + " f.preset")
                .query(BatchStore::film).list();
    }

    /** Notes that a start is under way, before the run is asked for; false when another keeper got there first. */
    boolean starting(Film film, Instant now) {
        return jdbc.sql("update factory_batch_film set starting = ?" + FILM
                        + " and state = 'QUEUED' and run_id is null and starting is null")
                .params(Timestamp.from(now), film.batch().value(), film.position(), film.preset().name())
                .update() == 1;
    }

    /** The film's run started (or a failed one resumed): false when another keeper recorded one first. */
    boolean started(Film film, UUID run, Instant now) {
        var previous = film.run();
        return jdbc.sql("update factory_batch_film set run_id = ?, state = 'RUNNING', stage = null, progress = 0,"
                        + " shot_label = null, started = coalesce(started, ?), finished = null, starting = null" + FILM
                        + " and state = 'QUEUED' and " + (previous == null ? "run_id is null" : "run_id = ?"))
                .params(previous == null
                        ? List.of(run, Timestamp.from(now), film.batch().value(), film.position(), film.preset().name())
                        : List.of(run, Timestamp.from(now), film.batch().value(), film.position(), film.preset().name(),
                                previous))
                .update() == 1;
    }

    /** The run's figures, when they moved; false when nothing changed (or the film is no longer running). */
    boolean progressed(Film film, MakeStage stage, double progress, @Nullable String shotLabel) {
        return jdbc.sql("update factory_batch_film set stage = ?, progress = ?, shot_label = ?" + FILM
                        + " and state = 'RUNNING' and (stage is null or stage <> ? or progress <> ?"
                        + " or coalesce(shot_label, '') <> ?)")
                .params(stage.name(), progress, shotLabel, film.batch().value(), film.position(),
                        film.preset().name(), stage.name(), progress, shotLabel == null ? "" : shotLabel)
                .update() == 1;
    }

    /** The run ended with a film; false when its end was recorded already. */
    boolean made(Film film, UUID filmId, Instant finished) {
        return jdbc.sql("update factory_batch_film set state = 'MADE', stage = 'RENDER', progress = 1,"
                        + " shot_label = null, film_id = ?, finished = ?" + FILM + " and state = 'RUNNING'"
                        + " and run_id = ?")
                .params(filmId, Timestamp.from(finished), film.batch().value(), film.position(),
                        film.preset().name(), film.run())
                .update() == 1;
    }

    /**
     * The film ended without one (failed or cancelled), from {@code from}; false when its end was recorded already.
     */
    boolean ended(Film film, BatchFilmState from, BatchFilmState state, @Nullable MakeStage stage,
            @Nullable String shotLabel, @Nullable String key, List<String> args, Instant finished) {
        return jdbc.sql("update factory_batch_film set state = ?, stage = coalesce(?, stage), shot_label = ?,"
                        + " failure_key = ?, failure_args = ?, finished = ?, starting = null" + FILM
                        + " and state = ?")
                .params(state.name(), stage == null ? null : stage.name(), shotLabel, key,
                        key == null ? null : JSON.writeValueAsString(args), Timestamp.from(finished),
                        film.batch().value(), film.position(), film.preset().name(), from.name())
                .update() == 1;
    }

    /** An idea's screenplay is written: its films may start. */
    int ready(BatchId batch, int position) {
        return jdbc.sql("update factory_batch_film set ready = true"
                        + " where batch_id = ? and position = ? and state = 'QUEUED'")
                .params(batch.value(), position).update();
    }

    /**
     * A call to write an idea's screenplay cost this much, whether or not its answer was taken: each row of the source
     * carries what all its calls cost.
     */
    void charged(BatchId batch, int position, BigDecimal cost) {
        jdbc.sql("update factory_batch_film set cost = cost + ? where batch_id = ? and position = ?")
                .params(cost, batch.value(), position).update();
    }

    /** Every film of a source fails before it started (its screenplay could not be written). */
    int sourceFailed(BatchId batch, int position, String key, List<String> args, Instant now) {
        return jdbc.sql("update factory_batch_film set state = 'FAILED', failure_key = ?, failure_args = ?,"
                        + " finished = ? where batch_id = ? and position = ? and state = 'QUEUED'")
                .params(key, JSON.writeValueAsString(args), Timestamp.from(now), batch.value(), position)
                .update();
    }

    /**
     * Failed films of a project that is still there and has its script go back in the queue: with a run, to resume
     * it; without one (its start was refused), to start one.
     */
    int requeueFailed(BatchId batch) {
        return reopenWhen(jdbc.sql("update factory_batch_film set state = 'QUEUED', failure_key = null,"
                        + " failure_args = null, finished = null, starting = null"
                        + " where batch_id = ? and state = 'FAILED' and project_id is not null"
                        + " and (run_id is not null or ready)")
                .param(batch.value()).update(), batch);
    }

    /**
     * The failed films of an idea whose screenplay was not written, or whose project was deleted since, go back in the
     * queue, waiting for it to be written (again); 0 when there are none (or another retry took them first).
     */
    int requeueIdea(BatchId batch, int position) {
        return reopenWhen(jdbc.sql("update factory_batch_film set state = 'QUEUED', ready = false, run_id = null,"
                        + " stage = null, progress = 0, shot_label = null, failure_key = null, failure_args = null,"
                        + " finished = null, starting = null where batch_id = ? and position = ? and state = 'FAILED'"
                        + " and idea is not null and ((run_id is null and not ready) or project_id is null)")
                .params(batch.value(), position).update(), batch);
    }

    /** The source's queued films are made in this project from now on (its earlier one was deleted). */
    void project(BatchId batch, int position, UUID project) {
        jdbc.sql("update factory_batch_film set project_id = ? where batch_id = ? and position = ?"
                        + " and state = 'QUEUED' and project_id is null")
                .params(project, batch.value(), position).update();
    }

    /** A batch with films queued again has not finished (and is not cancelled any more). */
    private int reopenWhen(int requeued, BatchId batch) {
        if (requeued > 0) {
            jdbc.sql("update factory_batch set finished = null, cancelled = false where id = ?").param(batch.value())
                    .update();
        }
        return requeued;
    }

    void cancelled(BatchId batch) {
        jdbc.sql("update factory_batch set cancelled = true where id = ?").param(batch.value()).update();
    }

    /** The batches whose films have all ended get their end time; returns them. */
    List<BatchId> finishEnded(Instant now) {
        var ended = jdbc.sql("select b.id from factory_batch b where b.finished is null and not exists (select 1"
                        + " from factory_batch_film f where f.batch_id = b.id and f.state in ('QUEUED', 'RUNNING'))")
                .query((row, i) -> new BatchId(row.getObject(1, UUID.class))).list();
        return ended.stream().filter(batch -> finishIfEnded(batch, now)).toList();
    }

    /** The batch gets its end time when none of its films is queued or running; false otherwise. */
    boolean finishIfEnded(BatchId batch, Instant now) {
        return jdbc.sql("update factory_batch set finished = coalesce((select max(finished) from factory_batch_film"
                        + " where batch_id = ?), ?) where id = ? and finished is null and not exists (select 1"
                        + " from factory_batch_film f where f.batch_id = ? and f.state in ('QUEUED', 'RUNNING'))")
                .params(batch.value(), Timestamp.from(now), batch.value(), batch.value()).update() == 1;
    }

    private static Batch batch(ResultSet row, int index) throws SQLException {
        var finished = row.getTimestamp("finished");
        return new Batch(new BatchId(row.getObject("id", UUID.class)), row.getString("name"),
                row.getObject("started_by", UUID.class), row.getString("by_name"),
                row.getTimestamp("started").toInstant(), finished == null ? null : finished.toInstant(),
                TakePolicy.valueOf(row.getString("takes")), row.getBoolean("subtitles"),
                row.getBoolean("cancelled"));
    }

    private static Film film(ResultSet row, int index) throws SQLException {
        var stage = row.getString("stage");
        var args = row.getString("failure_args");
        return new Film(new BatchId(row.getObject("batch_id", UUID.class)), row.getInt("position"),
                Preset.valueOf(row.getString("preset")), row.getString("source"),
                row.getObject("project_id", UUID.class), row.getBoolean("ready"), row.getObject("run_id", UUID.class),
                instant(row, "starting"), BatchFilmState.valueOf(row.getString("state")),
                stage == null ? null : MakeStage.valueOf(stage), row.getDouble("progress"),
                row.getString("shot_label"), row.getObject("film_id", UUID.class), row.getString("failure_key"),
                args == null ? List.of() : JSON.readValue(args, new TypeReference<List<String>>() { }),
                row.getBigDecimal("cost"), instant(row, "started"), instant(row, "finished"), row.getString("idea"));
    }

    private static @Nullable Instant instant(ResultSet row, String column) throws SQLException {
        var value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
