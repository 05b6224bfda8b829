-- The cut (issue 13): one live edit per project. Its clips, cards and the shots it has taken in are one small JSON
-- body (about 150 bytes a clip: a 1 500-clip feature is some 230 KB, read and written whole in a few milliseconds),
-- because every edit needs the whole order to validate against and a row per clip would cost a write per clip on
-- every move. The revision orders edits: an edit locks the row, and the update names the revision it read, so two
-- nodes can never both write revision n+1.
CREATE TABLE cut
(
    project_id      UUID                     NOT NULL PRIMARY KEY REFERENCES project (id) ON DELETE CASCADE,
    revision        BIGINT                   NOT NULL,
    fps             INT                      NOT NULL,
    width           INT                      NOT NULL,
    height          INT                      NOT NULL,
    script_revision BIGINT                   NOT NULL,
    body            VARCHAR                  NOT NULL,
    changed_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Every accepted revision after the first: what changed (steps), what takes it back (reverse), the keys of what it
-- touched (a stale edit touching the same thing as another person's newer one is refused, not applied over it),
-- and whether it is still on its author's undo (EDIT, REDO) or redo (UNDO) stack. Followed shot lists and restored
-- versions are not on anyone's stack. The primary key is the second guard against two revisions n+1.
CREATE TABLE cut_edit
(
    project_id UUID                     NOT NULL REFERENCES cut (project_id) ON DELETE CASCADE,
    revision   BIGINT                   NOT NULL,
    kind       VARCHAR(16)              NOT NULL,
    author     UUID,
    steps      VARCHAR                  NOT NULL,
    reverse    VARCHAR                  NOT NULL,
    touches    VARCHAR                  NOT NULL,
    stacked    BOOLEAN                  NOT NULL,
    made_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (project_id, revision)
);
CREATE INDEX cut_edit_by_author_idx ON cut_edit (project_id, author, revision);

-- Named copies of the cut, restorable; a name is used once per project.
CREATE TABLE cut_version
(
    id              UUID                     NOT NULL PRIMARY KEY,
    project_id      UUID                     NOT NULL REFERENCES cut (project_id) ON DELETE CASCADE,
    name            VARCHAR(80)              NOT NULL,
    revision        BIGINT                   NOT NULL,
    script_revision BIGINT                   NOT NULL,
    made_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    made_by         UUID,
    made_by_name    VARCHAR(200)             NOT NULL,
    clips           INT                      NOT NULL,
    frames          INT                      NOT NULL,
    body            VARCHAR                  NOT NULL,
    CONSTRAINT cut_version_name_uq UNIQUE (project_id, name)
);
CREATE INDEX cut_version_by_project_idx ON cut_version (project_id, made_at);
