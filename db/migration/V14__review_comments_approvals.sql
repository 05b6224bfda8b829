-- Review (issue 12): comments on takes (pinned to a frame, with a drawing), on shots and on script lines, and each
-- shot's approval. A thread is known by its first comment: thread_id is the first comment's id on every comment of
-- the thread (its own id on the first), parent_id the comment a reply answers. Replies carry their thread's target
-- columns (kind, shot, take), so a take's or shot's whole discussion is one indexed read. shot_id and take_id have no
-- foreign key: shots are re-derived from the script and comments outlive a shot that went away, as takes do.
-- ordinal comes from a sequence: comments posted within the same microsecond still list in the order they came.
CREATE SEQUENCE review_comment_ordinal;

CREATE TABLE review_comment
(
    id               UUID                     NOT NULL PRIMARY KEY,
    project_id       UUID                     NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    ordinal          BIGINT                   NOT NULL,
    thread_id        UUID                     NOT NULL,
    parent_id        UUID,
    target_kind      VARCHAR(16)              NOT NULL,
    shot_id          UUID,
    take_id          UUID,
    frame            BIGINT,
    drawing          VARCHAR,
    -- A comment on script lines: the range [script_from, script_to) of revision script_revision, which read
    -- script_quote then; script_gone once its text was deleted.
    script_revision  BIGINT,
    script_from      INT,
    script_to        INT,
    script_quote     VARCHAR,
    script_gone      BOOLEAN                  NOT NULL DEFAULT FALSE,
    -- A member (author_id) or a guest of a review link (guest_link, author_id null); author_name is the name as it
    -- was when posted (members are shown by their current name).
    author_id        UUID REFERENCES account_user (id),
    author_name      VARCHAR(200)             NOT NULL,
    guest_link       UUID,
    body             VARCHAR(10000)           NOT NULL,
    posted_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    edited_at        TIMESTAMP WITH TIME ZONE,
    deleted          BOOLEAN                  NOT NULL DEFAULT FALSE,
    -- Kept on the thread's first comment only.
    resolved         BOOLEAN                  NOT NULL DEFAULT FALSE,
    resolved_by      UUID REFERENCES account_user (id),
    resolved_by_name VARCHAR(200),
    resolved_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT review_comment_kind_ck CHECK (target_kind IN ('TAKE', 'SHOT', 'SCRIPT')),
    CONSTRAINT review_comment_author_ck CHECK (author_id IS NOT NULL OR guest_link IS NOT NULL)
);
CREATE INDEX review_comment_by_take_idx ON review_comment (project_id, take_id);
CREATE INDEX review_comment_by_shot_idx ON review_comment (project_id, shot_id);
CREATE INDEX review_comment_by_kind_idx ON review_comment (project_id, target_kind);
CREATE INDEX review_comment_by_thread_idx ON review_comment (thread_id);

-- A shot's review state (ApprovalState): the take under review, or the locked take once approved, and the last
-- decision. No row means draft, or in review when the shot already had a selected take.
CREATE TABLE review_approval
(
    shot_id         UUID                     NOT NULL PRIMARY KEY,
    project_id      UUID                     NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    state           VARCHAR(24)              NOT NULL,
    take_id         UUID,
    decided_by      UUID REFERENCES account_user (id),
    decided_by_name VARCHAR(200),
    decided_at      TIMESTAMP WITH TIME ZONE,
    note            VARCHAR(10000),
    CONSTRAINT review_approval_state_ck CHECK (state IN ('DRAFT', 'IN_REVIEW', 'CHANGES_REQUESTED', 'APPROVED'))
);
CREATE INDEX review_approval_by_project_idx ON review_approval (project_id);
