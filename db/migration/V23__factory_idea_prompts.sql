-- Writing a screenplay from an idea (issue 14). A project's prompt templates, once its writers edit them (until then
-- the studio's defaults for the project's language apply), and what each written script version used and cost.
CREATE TABLE factory_idea_prompt
(
    project_id      UUID                     NOT NULL PRIMARY KEY REFERENCES project (id) ON DELETE CASCADE,
    system_template VARCHAR(8000)            NOT NULL,
    user_template   VARCHAR(8000)            NOT NULL,
    changed_by      VARCHAR(200)             NOT NULL,
    changed_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE factory_idea_script
(
    id                UUID                     NOT NULL PRIMARY KEY,
    project_id        UUID                     NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    script_revision   BIGINT                   NOT NULL,
    version_id        UUID                     NOT NULL,
    logline           VARCHAR(500)             NOT NULL,
    language          VARCHAR(2)               NOT NULL,
    requested_seconds INT                      NOT NULL,
    estimated_millis  BIGINT                   NOT NULL,
    tone              VARCHAR(200)             NOT NULL,
    platform          VARCHAR(24)              NOT NULL,
    model             VARCHAR(200)             NOT NULL,
    prompt_tokens     INT                      NOT NULL,
    completion_tokens INT                      NOT NULL,
    cost              NUMERIC(14, 4)           NOT NULL,
    written_by        VARCHAR(200)             NOT NULL,
    written_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX factory_idea_script_project_idx ON factory_idea_script (project_id, written_at);
