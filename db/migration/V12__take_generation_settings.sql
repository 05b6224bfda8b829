-- Per-project generation settings (issue 11): the chosen shot generator, the style line every prompt starts with,
-- and the owner's budget; one row per configured AI backend, its API key sealed with AES-GCM (api_key_sealed; the
-- last four characters in api_key_hint are all the screen ever shows back); what each generation used and cost, per
-- member (a row is written before the call with the estimated cost and settled with the actual usage afterwards, so
-- generations still running count against the budget); and the generated sealing key when no
-- filmfactory.take.secret-key is set.
CREATE TABLE take_generation_settings
(
    project_id    UUID          NOT NULL PRIMARY KEY REFERENCES project (id) ON DELETE CASCADE,
    generator_id  VARCHAR(40)   NOT NULL,
    style_line    VARCHAR(500)  NOT NULL,
    budget        NUMERIC(14, 2),
    budget_period VARCHAR(8)    NOT NULL,
    currency      VARCHAR(8)    NOT NULL
);

CREATE TABLE take_backend_settings
(
    project_id      UUID           NOT NULL REFERENCES take_generation_settings (project_id) ON DELETE CASCADE,
    backend_id      VARCHAR(40)    NOT NULL,
    base_url        VARCHAR(2000)  NOT NULL,
    model           VARCHAR(200)   NOT NULL,
    api_key_sealed  VARCHAR(2000),
    api_key_hint    VARCHAR(4),
    options         VARCHAR        NOT NULL,
    cost_per_image  NUMERIC(12, 4) NOT NULL,
    cost_per_second NUMERIC(12, 4) NOT NULL,
    PRIMARY KEY (project_id, backend_id)
);

CREATE TABLE take_generation_usage
(
    id          UUID           NOT NULL PRIMARY KEY,
    project_id  UUID           NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    member_key  VARCHAR(64)    NOT NULL,
    member_name VARCHAR(200)   NOT NULL,
    backend_id  VARCHAR(40)    NOT NULL,
    shot        VARCHAR(24)    NOT NULL,
    started_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    settled     BOOLEAN        NOT NULL,
    requests    INT            NOT NULL,
    images      INT            NOT NULL,
    video_ms    BIGINT         NOT NULL,
    cost        NUMERIC(14, 4) NOT NULL
);

CREATE INDEX take_generation_usage_project ON take_generation_usage (project_id, started_at);

CREATE TABLE take_secret
(
    id      INT         NOT NULL PRIMARY KEY,
    aes_key VARCHAR(64) NOT NULL
);
