-- The breakdown of each project's screenplay: its scenes and shot list, derived again from every saved revision.
-- Scene and shot ids stay the same across revisions (docs/breakdown-rules.md), so takes, comments and approvals can
-- hang on them. A shot's rule_* columns are what the rules say now; the nullable columns next to them are a
-- director's choices, which win and are never overwritten by the rules. merged_into names the shot a dropped shot was
-- merged into; the code clears it when that shot goes, so it needs no foreign key (and no index for one).
CREATE TABLE breakdown
(
    project_id      UUID       NOT NULL PRIMARY KEY REFERENCES project (id) ON DELETE CASCADE,
    language        VARCHAR(8),
    script_revision BIGINT     NOT NULL
);

CREATE TABLE breakdown_scene
(
    id               UUID        NOT NULL PRIMARY KEY,
    project_id       UUID        NOT NULL REFERENCES breakdown (project_id) ON DELETE CASCADE,
    ordinal          INT         NOT NULL,
    scene_number     VARCHAR,
    heading          VARCHAR     NOT NULL,
    setting          VARCHAR(24) NOT NULL,
    location         VARCHAR     NOT NULL,
    time_of_day      VARCHAR     NOT NULL,
    characters       VARCHAR     NOT NULL,
    eighths          INT         NOT NULL,
    first_line       INT         NOT NULL,
    last_line        INT         NOT NULL,
    heading_key      VARCHAR     NOT NULL,
    body             VARCHAR     NOT NULL,
    director_ordered BOOLEAN     NOT NULL
);
CREATE INDEX breakdown_scene_by_project_idx ON breakdown_scene (project_id);

CREATE TABLE breakdown_shot
(
    id               UUID        NOT NULL PRIMARY KEY,
    project_id       UUID        NOT NULL REFERENCES breakdown (project_id) ON DELETE CASCADE,
    scene_id         UUID        NOT NULL REFERENCES breakdown_scene (id) ON DELETE CASCADE,
    ordinal          INT         NOT NULL,
    origin           VARCHAR(16) NOT NULL,
    anchor_key       VARCHAR     NOT NULL,
    anchor           VARCHAR     NOT NULL,
    first_line       INT         NOT NULL,
    last_line        INT         NOT NULL,
    rule_type        VARCHAR(24) NOT NULL,
    rule_subjects    VARCHAR     NOT NULL,
    rule_description VARCHAR     NOT NULL,
    rule_duration_ms BIGINT      NOT NULL,
    rule_camera_move VARCHAR(16) NOT NULL,
    shot_type        VARCHAR(24),
    duration_ms      BIGINT,
    camera_move      VARCHAR(16),
    description      VARCHAR(1000),
    dropped          BOOLEAN     NOT NULL,
    merged_into      UUID,
    detached         BOOLEAN     NOT NULL
);
CREATE INDEX breakdown_shot_by_project_idx ON breakdown_shot (project_id);
CREATE INDEX breakdown_shot_by_scene_idx ON breakdown_shot (scene_id);
