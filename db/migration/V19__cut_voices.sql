-- Voices for the dialogue (issue 13). The voice each character speaks with, once someone chose it (characters
-- nobody chose speak with a default picked from their name, which needs no row).
CREATE TABLE cut_cast_voice
(
    project_id     UUID                     NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    character_name VARCHAR(200)             NOT NULL,
    voice_id       VARCHAR(200)             NOT NULL,
    chosen_by      UUID                     NOT NULL,
    chosen_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (project_id, character_name)
);

-- Lines already spoken: the key is the SHA-256 of voice, speaker and text, so a line is made once per voice and a
-- new voice or a changed line simply misses. The WAV is in the media store under projects/<id>/voices/<key>.wav.
CREATE TABLE cut_voice_line
(
    project_id  UUID                     NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    cache_key   VARCHAR(64)              NOT NULL,
    media_key   VARCHAR(512)             NOT NULL,
    duration_ms BIGINT                   NOT NULL,
    made_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (project_id, cache_key)
);

-- Recordings uploaded for one line (by the line's key: speaker and text), used instead of any made voice.
CREATE TABLE cut_line_recording
(
    project_id   UUID                     NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    line_key     VARCHAR(64)              NOT NULL,
    media_key    VARCHAR(512)             NOT NULL,
    file_name    VARCHAR(255)             NOT NULL,
    duration_ms  BIGINT                   NOT NULL,
    uploaded_by  UUID                     NOT NULL,
    uploaded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (project_id, line_key)
);
