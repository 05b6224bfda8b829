-- Takes of shots (issue 11): every generation or upload is a numbered, immutable take of its shot, with what it was
-- made from (prompt, seed, generator, the shot's fingerprint and the script revision) and where its media are.
-- shot_id has no foreign key: shots are re-derived from the script and a take outlives a deleted shot (it is then
-- simply not shown). job_id is unique, so a generation job that runs twice (a takeover after a node died) can never
-- make two takes; uploads have none (several NULLs are allowed on H2 and PostgreSQL).
CREATE TABLE take
(
    id              UUID                     NOT NULL PRIMARY KEY,
    project_id      UUID                     NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    shot_id         UUID                     NOT NULL,
    take_number     INT                      NOT NULL,
    job_id          UUID,
    generator       VARCHAR(64)              NOT NULL,
    prompt          VARCHAR(8000)            NOT NULL,
    seed            BIGINT                   NOT NULL,
    made_by         UUID,
    made_by_name    VARCHAR(200)             NOT NULL,
    made_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    fingerprint     VARCHAR(64)              NOT NULL,
    script_revision BIGINT                   NOT NULL,
    clip_key        VARCHAR(512)             NOT NULL,
    poster_key      VARCHAR(512)             NOT NULL,
    thumbnail_key   VARCHAR(512)             NOT NULL,
    content_type    VARCHAR(64)              NOT NULL,
    width           INT                      NOT NULL,
    height          INT                      NOT NULL,
    fps             INT                      NOT NULL,
    frames          BIGINT                   NOT NULL,
    duration_ms     BIGINT                   NOT NULL,
    CONSTRAINT take_number_uq UNIQUE (shot_id, take_number),
    CONSTRAINT take_job_uq UNIQUE (job_id)
);
CREATE INDEX take_by_project_idx ON take (project_id);

-- Per shot: the selected ("circled") take, the prompt a director last edited, the generation job under way or that
-- last failed (cleared when its take is stored), and how many generations were asked for (seeds derive from it).
-- The row is also the lock that numbers a shot's takes one after the other.
CREATE TABLE take_shot
(
    shot_id       UUID          NOT NULL PRIMARY KEY,
    project_id    UUID          NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    selected_take UUID REFERENCES take (id) ON DELETE SET NULL,
    prompt        VARCHAR(8000),
    job_id        UUID,
    requests      INT           NOT NULL
);
CREATE INDEX take_shot_by_project_idx ON take_shot (project_id);
