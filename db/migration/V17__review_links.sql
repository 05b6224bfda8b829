-- Review links (issue 12): a link lets people outside the crew watch a selection of shots (or the whole storyboard)
-- and, when allowed, comment. Only the SHA-256 of the link's secret is kept, so a copy of the database opens no link;
-- the optional password is kept as the account module's password hash. A link with no shot rows covers the whole
-- storyboard. Shot ids have no foreign key: shots are re-derived from the script (a deleted shot simply shows no more).
CREATE TABLE review_link
(
    id              UUID                     NOT NULL PRIMARY KEY,
    project_id      UUID                     NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    token_hash      VARCHAR(64)              NOT NULL,
    password_hash   VARCHAR(200),
    allow_comments  BOOLEAN                  NOT NULL,
    whole_board     BOOLEAN                  NOT NULL,
    created_by      UUID                     NOT NULL,
    created_by_name VARCHAR(200)             NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at      TIMESTAMP WITH TIME ZONE,
    version         BIGINT                   NOT NULL,
    CONSTRAINT review_link_token_uk UNIQUE (token_hash)
);
CREATE INDEX review_link_by_project_idx ON review_link (project_id);

CREATE TABLE review_link_shot
(
    link_id UUID NOT NULL REFERENCES review_link (id) ON DELETE CASCADE,
    shot_id UUID NOT NULL,
    PRIMARY KEY (link_id, shot_id)
);

-- The comments guests left through a link, for the crew's count and list per link (the comments themselves, whole,
-- are the review's; the excerpt is their first characters as posted).
CREATE TABLE review_link_comment
(
    link_id    UUID                     NOT NULL REFERENCES review_link (id) ON DELETE CASCADE,
    comment_id UUID                     NOT NULL PRIMARY KEY,
    shot_id    UUID                     NOT NULL,
    guest_name VARCHAR(80)              NOT NULL,
    excerpt    VARCHAR(200)             NOT NULL,
    posted_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX review_link_comment_by_link_idx ON review_link_comment (link_id);
