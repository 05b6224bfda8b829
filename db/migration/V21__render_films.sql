-- Renders and films (issue 13). A render's plan is frozen when it is asked for (the cut, its takes' media keys, the
-- timed dialogue with its voices, the music bed) and kept here as JSON, so the work queue's payload stays small (the
-- render id) and a render that resumes on another node renders exactly what was asked for. progress_floor is the
-- highest percentage (and segment) a run of it reported, so a resumed run starts its figures there, not at zero.
CREATE TABLE render_order
(
    id                UUID                     NOT NULL PRIMARY KEY,
    project_id        UUID                     NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    job_id            UUID,
    requested_by      UUID                     NOT NULL,
    requested_by_name VARCHAR(200)             NOT NULL,
    requested_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    preset            VARCHAR(16)              NOT NULL,
    subtitles         BOOLEAN                  NOT NULL,
    cut_revision      BIGINT                   NOT NULL,
    script_revision   BIGINT                   NOT NULL,
    plan              VARCHAR                  NOT NULL,
    progress_floor    INT                      NOT NULL,
    segment_floor     INT                      NOT NULL
);
CREATE INDEX render_order_by_project_idx ON render_order (project_id);

-- The films kept per project (the last filmfactory.render.keep-films); one per render job at most. Findings are the
-- platforms' preflight verdicts on the file as rendered, as JSON.
CREATE TABLE render_film
(
    id                 UUID                     NOT NULL PRIMARY KEY,
    project_id         UUID                     NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    job_id             UUID                     NOT NULL,
    preset             VARCHAR(16)              NOT NULL,
    subtitles          BOOLEAN                  NOT NULL,
    made_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    made_by            VARCHAR(200)             NOT NULL,
    cut_revision       BIGINT                   NOT NULL,
    script_revision    BIGINT                   NOT NULL,
    duration_millis    BIGINT                   NOT NULL,
    frames             BIGINT                   NOT NULL,
    bytes              BIGINT                   NOT NULL,
    loudness_lufs      DOUBLE PRECISION         NOT NULL,
    true_peak_dbtp     DOUBLE PRECISION         NOT NULL,
    film_key           VARCHAR(512)             NOT NULL,
    srt_key            VARCHAR(512)             NOT NULL,
    vtt_key            VARCHAR(512)             NOT NULL,
    findings           VARCHAR                  NOT NULL,
    segments_rendered  INT                      NOT NULL,
    segments_reused    INT                      NOT NULL,
    CONSTRAINT render_film_job_uk UNIQUE (job_id)
);
CREATE INDEX render_film_by_project_idx ON render_film (project_id, made_at);
