-- Every accepted change to a screenplay, in the order the authority gave them: the co-editor's history, the base
-- for "who changed which lines", and what a restarted cluster replays on top of the last snapshot in screenplay.
CREATE TABLE screenplay_step
(
    project_id  UUID                     NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    revision    BIGINT                   NOT NULL,
    client_id   VARCHAR(64)              NOT NULL,
    author_id   UUID                     NOT NULL REFERENCES account_user (id),
    changes     VARCHAR                  NOT NULL,
    accepted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (project_id, revision)
);

-- Versions of a screenplay kept for history: automatic ones while people write, named ones ("Draft 2 for the
-- client") when someone asks. The text is stored whole so any version opens without replaying steps.
CREATE TABLE screenplay_version
(
    id         UUID                     NOT NULL PRIMARY KEY,
    project_id UUID                     NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    revision   BIGINT                   NOT NULL,
    name       VARCHAR(200),
    text       VARCHAR                  NOT NULL,
    created_by UUID REFERENCES account_user (id),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX screenplay_version_by_project ON screenplay_version (project_id, revision);
