-- The production line in the studio (issue 14): a batch and its films. A film is one source (a script file, an idea,
-- an existing project) in one preset; it is made by a "Make film" run of its project. The film's row is the line's
-- only truth: the keeper on any node starts a queued film by storing its run with a conditional update (run_id is
-- null) and records its end with another (state = 'RUNNING'), so no film is started twice and every end is recorded
-- once. stage, progress and shot_label mirror the run's for the batch page; starting marks a start under way, so a
-- run started by a node that died before it stored the run's id is adopted rather than started again.
CREATE TABLE factory_batch
(
    id         UUID                     NOT NULL PRIMARY KEY,
    name       VARCHAR(200)             NOT NULL,
    started_by UUID                     NOT NULL,
    by_name    VARCHAR(200)             NOT NULL,
    started    TIMESTAMP WITH TIME ZONE NOT NULL,
    finished   TIMESTAMP WITH TIME ZONE,
    takes      VARCHAR(32)              NOT NULL,
    subtitles  BOOLEAN                  NOT NULL,
    cancelled  BOOLEAN                  NOT NULL
);
CREATE INDEX factory_batch_started_idx ON factory_batch (started);

CREATE TABLE factory_batch_film
(
    batch_id     UUID                     NOT NULL REFERENCES factory_batch (id) ON DELETE CASCADE,
    position     INTEGER                  NOT NULL,
    preset       VARCHAR(16)              NOT NULL,
    source       VARCHAR(500)             NOT NULL,
    project_id   UUID REFERENCES project (id) ON DELETE SET NULL,
    ready        BOOLEAN                  NOT NULL,
    run_id       UUID,
    starting     TIMESTAMP WITH TIME ZONE,
    state        VARCHAR(16)              NOT NULL,
    stage        VARCHAR(16),
    progress     DOUBLE PRECISION         NOT NULL,
    shot_label   VARCHAR(200),
    film_id      UUID,
    failure_key  VARCHAR(200),
    failure_args VARCHAR,
    cost         NUMERIC(14, 4)           NOT NULL,
    started      TIMESTAMP WITH TIME ZONE,
    finished     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT factory_batch_film_pk UNIQUE (batch_id, position, preset)
);
CREATE INDEX factory_batch_film_state_idx ON factory_batch_film (state);
CREATE INDEX factory_batch_film_project_idx ON factory_batch_film (project_id);
