-- "Make film" runs (issue 14). A run is one row: what was asked (take policy, preset, subtitles), where it is (state,
-- stage, the one progress figure, the shot being worked on, the time left), the render it asked for, the film it made
-- or why it failed (a translation key and its arguments, as JSON). The row is the run's only truth: the work queue's
-- job that drives it reads it again when it resumes on another node after a node's death, or on retry.
CREATE TABLE factory_make_run
(
    id              UUID                     NOT NULL PRIMARY KEY,
    project_id      UUID                     NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    take_policy     VARCHAR(32)              NOT NULL,
    preset          VARCHAR(16)              NOT NULL,
    subtitles       BOOLEAN                  NOT NULL,
    state           VARCHAR(16)              NOT NULL,
    stage           VARCHAR(16)              NOT NULL,
    progress        DOUBLE PRECISION         NOT NULL,
    shot_label      VARCHAR(200),
    remaining_ms    BIGINT,
    job_id          UUID,
    render_job_id   UUID,
    film_id         UUID,
    failure_key     VARCHAR(200),
    failure_args    VARCHAR,
    started_by      UUID                     NOT NULL,
    started_by_name VARCHAR(200)             NOT NULL,
    started_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    stage_started   TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX factory_make_run_by_project_idx ON factory_make_run (project_id, started_at);
