package org.filmfactory.cut.internal.voice;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.filmfactory.platform.MediaKey;
import org.filmfactory.project.ProjectId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The tables of V19: chosen voices, the cache of made lines, uploaded recordings. One query per read. */
@Component
class VoiceStore {

    /** A line's sound in the media store and how long it lasts. */
    record Sound(MediaKey media, Duration duration) {
    }

    private final JdbcClient jdbc;

    VoiceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, String> chosen(ProjectId project) {
        var chosen = new HashMap<String, String>();
        jdbc.sql("select character_name, voice_id from cut_cast_voice where project_id = ?")
                .param(project.value())
                .query(row -> {
                    chosen.put(row.getString(1), row.getString(2));
                });
        return chosen;
    }

    void choose(ProjectId project, String character, String voiceId, UUID by, Instant at) {
        int updated = jdbc.sql("update cut_cast_voice set voice_id = ?, chosen_by = ?, chosen_at = ?"
                        + " where project_id = ? and character_name = ?")
                .params(voiceId, by, time(at), project.value(), character).update();
        if (updated == 0) {
            try {
                jdbc.sql("insert into cut_cast_voice (project_id, character_name, voice_id, chosen_by, chosen_at)"
                                + " values (?, ?, ?, ?, ?)")
                        .params(project.value(), character, voiceId, by, time(at)).update();
            } catch (DuplicateKeyException raced) {
                // Someone chose for the same character a moment ago: the later choice wins, as in the UI.
                choose(project, character, voiceId, by, at);
            }
        }
    }

    Map<String, Sound> made(ProjectId project) {
        var made = new HashMap<String, Sound>();
        jdbc.sql("select cache_key, media_key, duration_ms from cut_voice_line where project_id = ?")
                .param(project.value())
                .query(row -> {
                    made.put(row.getString(1), new Sound(new MediaKey(row.getString(2)),
                            Duration.ofMillis(row.getLong(3))));
                });
        return made;
    }

    int madeCount(ProjectId project) {
        return jdbc.sql("select count(*) from cut_voice_line where project_id = ?").param(project.value())
                .query(Integer.class).single();
    }

    Optional<Sound> made(ProjectId project, String cacheKey) {
        return jdbc.sql("select media_key, duration_ms from cut_voice_line where project_id = ? and cache_key = ?")
                .params(project.value(), cacheKey)
                .query((row, n) -> new Sound(new MediaKey(row.getString(1)), Duration.ofMillis(row.getLong(2))))
                .optional();
    }

    void remember(ProjectId project, String cacheKey, Sound sound, Instant at) {
        try {
            jdbc.sql("insert into cut_voice_line (project_id, cache_key, media_key, duration_ms, made_at)"
                            + " values (?, ?, ?, ?, ?)")
                    .params(project.value(), cacheKey, sound.media().path(), sound.duration().toMillis(), time(at))
                    .update();
        } catch (DuplicateKeyException raced) {
            // Made at the same time elsewhere: same text, same voice, same bytes under the same key.
        }
    }

    Map<String, Sound> recordings(ProjectId project) {
        var recordings = new HashMap<String, Sound>();
        jdbc.sql("select line_key, media_key, duration_ms from cut_line_recording where project_id = ?")
                .param(project.value())
                .query(row -> {
                    recordings.put(row.getString(1), new Sound(new MediaKey(row.getString(2)),
                            Duration.ofMillis(row.getLong(3))));
                });
        return recordings;
    }

    /** Puts a recording on a line; returns the one it replaces. */
    Optional<MediaKey> record(ProjectId project, String lineKey, Sound sound, String fileName, UUID by, Instant at) {
        var before = jdbc.sql("select media_key from cut_line_recording where project_id = ? and line_key = ?")
                .params(project.value(), lineKey).query(String.class).optional().map(MediaKey::new);
        jdbc.sql("delete from cut_line_recording where project_id = ? and line_key = ?")
                .params(project.value(), lineKey).update();
        jdbc.sql("insert into cut_line_recording (project_id, line_key, media_key, file_name, duration_ms,"
                        + " uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(project.value(), lineKey, sound.media().path(), fileName, sound.duration().toMillis(), by,
                        time(at))
                .update();
        return before;
    }

    private static OffsetDateTime time(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
