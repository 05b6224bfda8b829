package org.filmfactory.render.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.filmfactory.platform.Loudness;
import org.filmfactory.platform.MediaKey;
import org.filmfactory.project.ProjectId;
import org.filmfactory.render.Film;
import org.filmfactory.render.FilmId;
import org.filmfactory.render.PreflightFinding;
import org.filmfactory.render.Preset;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Renders asked for ({@code render_order}) and the films kept ({@code render_film}), V21. */
@Component
class RenderStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String FILM_COLUMNS = "id, project_id, job_id, preset, subtitles, made_at, made_by,"
            + " cut_revision, script_revision, duration_millis, frames, bytes, loudness_lufs, true_peak_dbtp,"
            + " film_key, srt_key, vtt_key, findings, segments_rendered, segments_reused";

    private final JdbcClient jdbc;

    RenderStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A render as asked for. */
    record Order(UUID id, ProjectId project, @Nullable UUID job, UUID requestedBy, String requestedByName,
            Instant requestedAt, Preset preset, boolean subtitles, long cutRevision, long scriptRevision,
            FrozenPlan plan, int progressFloor, int segmentFloor) {
    }

    /** A film row with what the render reports about its segments. */
    record StoredFilm(Film film, UUID job, int segmentsRendered, int segmentsReused) {
    }

    void addOrder(Order order) {
        jdbc.sql("insert into render_order (id, project_id, job_id, requested_by, requested_by_name, requested_at,"
                        + " preset, subtitles, cut_revision, script_revision, plan, progress_floor, segment_floor)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(order.id(), order.project().value(), order.job(), order.requestedBy(),
                        order.requestedByName(), Timestamp.from(order.requestedAt()), order.preset().name(),
                        order.subtitles(), order.cutRevision(), order.scriptRevision(), order.plan().toJson(),
                        order.progressFloor(), order.segmentFloor())
                .update();
    }

    void orderQueued(UUID order, UUID job) {
        jdbc.sql("update render_order set job_id = ? where id = ?").params(job, order).update();
    }

    Optional<Order> order(UUID id) {
        return jdbc.sql("select * from render_order where id = ?").param(id).query(RenderStore::order).optional();
    }

    /** The render that made a film (its frozen plan says where each shot starts). */
    Optional<Order> orderOfJob(UUID job) {
        return jdbc.sql("select * from render_order where job_id = ?").param(job).query(RenderStore::order).optional();
    }

    /** Raises the progress a run of the render reached, and the segment it was on (never lowers them). */
    void progressed(UUID order, int percent, int segment) {
        jdbc.sql("update render_order set progress_floor = ?, segment_floor = ? where id = ? and progress_floor < ?")
                .params(percent, segment, order, percent).update();
    }

    private static Order order(ResultSet row, int index) throws SQLException {
        var job = row.getObject("job_id", UUID.class);
        return new Order(row.getObject("id", UUID.class), new ProjectId(row.getObject("project_id", UUID.class)),
                job, row.getObject("requested_by", UUID.class), row.getString("requested_by_name"),
                row.getTimestamp("requested_at").toInstant(), Preset.valueOf(row.getString("preset")),
                row.getBoolean("subtitles"), row.getLong("cut_revision"), row.getLong("script_revision"),
                FrozenPlan.fromJson(row.getString("plan")), row.getInt("progress_floor"),
                row.getInt("segment_floor"));
    }

    /** Adds a film; false when the job already has one (a repeated run), and nothing changed. */
    boolean addFilm(StoredFilm stored) {
        var film = stored.film();
        if (filmOfJob(stored.job()).isPresent()) {
            return false;
        }
        jdbc.sql("insert into render_film (" + FILM_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " ?, ?, ?, ?, ?, ?)")
                .params(film.id().value(), film.project().value(), stored.job(), film.preset().name(),
                        film.subtitles(), Timestamp.from(film.made()), film.madeBy(), film.cutRevision(),
                        film.scriptRevision(), film.duration().toMillis(), film.frames(), film.bytes(),
                        film.loudness().integratedLufs(), film.loudness().truePeakDbtp(), film.film().path(),
                        film.srt().path(), film.vtt().path(), JSON.writeValueAsString(film.findings()),
                        stored.segmentsRendered(), stored.segmentsReused())
                .update();
        return true;
    }

    Optional<StoredFilm> filmOfJob(UUID job) {
        return jdbc.sql("select " + FILM_COLUMNS + " from render_film where job_id = ?").param(job)
                .query(RenderStore::film).optional();
    }

    /** The project's films, newest first. */
    List<StoredFilm> films(ProjectId project) {
        return jdbc.sql("select " + FILM_COLUMNS + " from render_film where project_id = ? order by made_at desc, id")
                .param(project.value()).query(RenderStore::film).list();
    }

    Optional<StoredFilm> film(ProjectId project, FilmId id) {
        return jdbc.sql("select " + FILM_COLUMNS + " from render_film where project_id = ? and id = ?")
                .params(project.value(), id.value()).query(RenderStore::film).optional();
    }

    void deleteFilm(FilmId id) {
        jdbc.sql("delete from render_film where id = ?").param(id.value()).update();
    }

    private static StoredFilm film(ResultSet row, int index) throws SQLException {
        List<PreflightFinding> findings = JSON.readValue(row.getString("findings"),
                new TypeReference<List<PreflightFinding>>() {
                });
        var film = new Film(new FilmId(row.getObject("id", UUID.class)),
                new ProjectId(row.getObject("project_id", UUID.class)), Preset.valueOf(row.getString("preset")),
                row.getBoolean("subtitles"), row.getTimestamp("made_at").toInstant(), row.getString("made_by"),
                row.getLong("cut_revision"), row.getLong("script_revision"),
                Duration.ofMillis(row.getLong("duration_millis")), row.getLong("frames"), row.getLong("bytes"),
                new Loudness(row.getDouble("loudness_lufs"), row.getDouble("true_peak_dbtp")),
                new MediaKey(row.getString("film_key")), new MediaKey(row.getString("srt_key")),
                new MediaKey(row.getString("vtt_key")), findings);
        return new StoredFilm(film, row.getObject("job_id", UUID.class), row.getInt("segments_rendered"),
                row.getInt("segments_reused"));
    }
}
