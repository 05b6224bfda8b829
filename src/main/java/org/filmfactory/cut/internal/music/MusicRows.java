package org.filmfactory.cut.internal.music;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.filmfactory.cut.MusicChoice;
import org.filmfactory.project.ProjectId;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code cut_music} table: one row per project that changed its music (no row: {@link MusicChoice#DEFAULT}). */
@Repository
class MusicRows {

    /** A project's choice and, for an upload, where its original file is kept. */
    record Stored(MusicChoice choice, @Nullable String trackKey) {
    }

    private final JdbcClient jdbc;

    MusicRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Stored> find(ProjectId project) {
        return jdbc.sql("select source, seed, track_name, track_key, gain_db from cut_music where project_id = :p")
                .param("p", project.value())
                .query((rs, n) -> new Stored(new MusicChoice(MusicChoice.Source.valueOf(rs.getString("source")),
                        rs.getLong("seed"), rs.getString("track_name"), rs.getDouble("gain_db")),
                        rs.getString("track_key")))
                .optional();
    }

    /** Writes the row, inserting it the first time (portable: H2 lacks PostgreSQL's {@code on conflict do update}). */
    void save(ProjectId project, Stored stored, Instant at) {
        var choice = stored.choice();
        var updated = jdbc.sql("update cut_music set source = :source, seed = :seed, track_name = :name, "
                + "track_key = :key, gain_db = :gain, changed_at = :at where project_id = :p")
                .param("source", choice.source().name()).param("seed", choice.seed())
                .param("name", choice.track()).param("key", stored.trackKey()).param("gain", choice.gainDb())
                .param("at", Timestamp.from(at)).param("p", project.value()).update();
        if (updated == 0) {
            insert(project, stored, at);
        }
    }

    private void insert(ProjectId project, Stored stored, Instant at) {
        var choice = stored.choice();
        try {
            jdbc.sql("insert into cut_music (project_id, source, seed, track_name, track_key, gain_db, changed_at) "
                    + "values (:p, :source, :seed, :name, :key, :gain, :at)")
                    .param("source", choice.source().name()).param("seed", choice.seed())
                    .param("name", choice.track()).param("key", stored.trackKey()).param("gain", choice.gainDb())
                    .param("at", Timestamp.from(at)).param("p", project.value()).update();
        } catch (DuplicateKeyException raced) {
            // another node wrote the first row meanwhile: ours is the later change
            save(project, stored, at);
        }
    }
}
